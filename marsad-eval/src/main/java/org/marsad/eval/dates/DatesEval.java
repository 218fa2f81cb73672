package org.marsad.eval.dates;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.Grain;
import org.marsad.arabic.dates.Lean;
import org.marsad.arabic.dates.TemporalExpression;
import org.marsad.arabic.dates.TemporalTagger;
import org.marsad.eval.gold.GoldHeader;
import org.marsad.eval.sample.HashHalves;

/**
 * Exact accuracy on a gold TSV ({@code phrase<TAB>start<TAB>end<TAB>grain}, the reference time in a
 * {@code # reference time …} header): a phrase is right when its longest expression has the gold
 * start and grain, and the gold end when one is given.
 *
 * <p>The reference's zone is read from the header when it states one ({@code (UTC-02:00)}); a time
 * named in another zone ({@code بتوقيت غرينتش}) is moved into it. When the header states none it is
 * UTC-02:00: Duckling's test context puts its reference time 2013-02-12T04:30 at offset -2
 * ({@code Duckling/Testing/Types.hs}, {@code refTime (2013, 2, 12, 4, 30, 0) (-2)}), so its corpora's
 * zoned times ({@code 4pm CET} is 13:00) only come out right in that zone.
 */
public final class DatesEval {
  private static final String REFERENCE = "# reference time ";
  private static final Pattern ZONE = Pattern.compile("\\((?:UTC|GMT)\\s*([+-]\\d{1,2}(?::?\\d{2})?)\\)");
  /** Duckling's test reference zone (see the class comment). */
  static final ZoneOffset DUCKLING_ZONE = ZoneOffset.ofHours(-2);

  /** One gold phrase and what the tagger made of it. */
  public record Case(String phrase, LocalDateTime start, @Nullable LocalDateTime end, Grain grain,
      @Nullable TemporalExpression got, boolean right) {}

  /** The cases, in file order. */
  public record Result(List<Case> cases) {
    public long right() {
      return cases.stream().filter(Case::right).count();
    }

    public double accuracy() {
      return cases.isEmpty() ? 0 : (double) right() / cases.size();
    }

    /** Accuracy on one hash half of the phrases ({@link HashHalves}: 0 tune, 1 check); 0 when empty. */
    public double accuracy(int half) {
      List<Case> in = cases.stream().filter(c -> HashHalves.of(c.phrase()) == half).toList();
      return in.isEmpty() ? 0 : (double) in.stream().filter(Case::right).count() / in.size();
    }

    public Map<String, Double> metrics() {
      return Map.of("accuracy", accuracy(), "tune.accuracy", accuracy(0), "check.accuracy", accuracy(1));
    }

    public ObjectNode toJson() {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("task", "dates");
      o.put("accuracy", Math.round(accuracy() * 10_000) / 10_000.0);
      o.put("total", cases.size());
      o.put("tune.accuracy", Math.round(accuracy(0) * 10_000) / 10_000.0);
      o.put("check.accuracy", Math.round(accuracy(1) * 10_000) / 10_000.0);
      return o;
    }
  }

  private final TemporalTagger tagger;

  public DatesEval(Lean lean) {
    this.tagger = new TemporalTagger(lean);
  }

  public Result run(Path gold) throws IOException {
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    LocalDateTime reference = null;
    ZoneOffset zone = DUCKLING_ZONE;
    List<Case> cases = new ArrayList<>();
    boolean first = true;
    for (String line : lines) {
      if (line.startsWith(REFERENCE)) {
        reference = LocalDateTime.parse(line.substring(REFERENCE.length()).strip().split("\\s+")[0]);
        zone = zone(line);
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (first) {
        first = false;
        if (GoldHeader.isHeader(line, "phrase")) {
          continue;
        }
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 4) {
        continue;
      }
      if (reference == null) {
        throw new IOException(gold + ": no '# reference time' line before the first phrase");
      }
      cases.add(score(cells, reference, zone));
    }
    return new Result(cases);
  }

  /** The zone a header states, or {@link #DUCKLING_ZONE}. */
  static ZoneOffset zone(String header) {
    Matcher m = ZONE.matcher(header);
    if (!m.find()) {
      return DUCKLING_ZONE;
    }
    String offset = m.group(1);
    try {
      return ZoneOffset.of(offset.length() == 2 ? offset.charAt(0) + "0" + offset.charAt(1) : offset);
    } catch (java.time.DateTimeException e) {
      return DUCKLING_ZONE;
    }
  }

  private Case score(String[] cells, LocalDateTime reference, ZoneOffset zone) {
    LocalDateTime start = LocalDateTime.parse(cells[1].strip());
    LocalDateTime end = cells[2].isBlank() ? null : LocalDateTime.parse(cells[2].strip());
    Grain grain = Grain.valueOf(cells[3].strip().toUpperCase(java.util.Locale.ROOT));
    Optional<TemporalExpression> got = tagger.tag(cells[0], reference, zone).stream()
        .max(Comparator.comparingInt(e -> e.span().end() - e.span().start()));
    boolean right = got.isPresent() && got.get().start().equals(start) && got.get().grain() == grain
        && (end == null || got.get().end().equals(end));
    return new Case(cells[0], start, end, grain, got.orElse(null), right);
  }
}
