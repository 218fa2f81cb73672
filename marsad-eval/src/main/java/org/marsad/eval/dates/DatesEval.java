package org.marsad.eval.dates;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.Grain;
import org.marsad.arabic.dates.Lean;
import org.marsad.arabic.dates.TemporalExpression;
import org.marsad.arabic.dates.TemporalTagger;

/**
 * Exact accuracy on a gold TSV ({@code phrase<TAB>start<TAB>end<TAB>grain}, the reference time in a
 * {@code # reference time …} header): a phrase is right when its longest expression has the gold
 * start and grain, and the gold end when one is given.
 */
public final class DatesEval {
  private static final String REFERENCE = "# reference time ";

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

    public Map<String, Double> metrics() {
      return Map.of("accuracy", accuracy());
    }

    public ObjectNode toJson() {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("task", "dates");
      o.put("accuracy", Math.round(accuracy() * 10_000) / 10_000.0);
      o.put("total", cases.size());
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
    List<Case> cases = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith(REFERENCE)) {
        reference = LocalDateTime.parse(line.substring(REFERENCE.length()).strip().split("\\s+")[0]);
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (line.isBlank() || line.startsWith("#") || cells.length < 4 || cells[0].equals("phrase")) {
        continue;
      }
      if (reference == null) {
        throw new IOException(gold + ": no '# reference time' line before the first phrase");
      }
      cases.add(score(cells, reference));
    }
    return new Result(cases);
  }

  private Case score(String[] cells, LocalDateTime reference) {
    LocalDateTime start = LocalDateTime.parse(cells[1].strip());
    LocalDateTime end = cells[2].isBlank() ? null : LocalDateTime.parse(cells[2].strip());
    Grain grain = Grain.valueOf(cells[3].strip().toUpperCase(java.util.Locale.ROOT));
    Optional<TemporalExpression> got = tagger.tag(cells[0], reference).stream()
        .max(Comparator.comparingInt(e -> e.span().end() - e.span().start()));
    boolean right = got.isPresent() && got.get().start().equals(start) && got.get().grain() == grain
        && (end == null || got.get().end().equals(end));
    return new Case(cells[0], start, end, grain, got.orElse(null), right);
  }
}
