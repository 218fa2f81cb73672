package org.marsad.eval.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.marsad.eval.gold.GoldHeader;

/**
 * The news-dates gold: {@code expressions.tsv} ({@code url, start_char, end_char, text,
 * value_start, value_end, grain, note, …}, UTF-16 offsets into the record's {@code content}) and,
 * when an {@code articles.tsv} ({@code url, published, sample, region_end}) lies beside it, the
 * articles read and how much of each, so that articles without expressions count for precision.
 */
public final class NewsDatesGold {
  /** Grains a gold value may have; a point covers one of them. */
  public enum Grain {
    MINUTE, HOUR, DAY, WEEK, MONTH, YEAR;

    /** {@code t} plus one grain: the exclusive end of a point. */
    public LocalDateTime after(LocalDateTime t) {
      return switch (this) {
        case MINUTE -> t.plusMinutes(1);
        case HOUR -> t.plusHours(1);
        case DAY -> t.plusDays(1);
        case WEEK -> t.plusWeeks(1);
        case MONTH -> t.plusMonths(1);
        case YEAR -> t.plusYears(1);
      };
    }
  }

  /**
   * One labelled expression; {@code end} is exclusive, the start plus one grain for a point.
   * {@code id} ({@code url#start}) names it for the hash halves.
   */
  public record Expression(
      String url, int start, int end, String text, LocalDateTime valueStart, LocalDateTime valueEnd,
      Grain grain, String note) {
    public String id() {
      return url + "#" + start;
    }
  }

  /** The articles read, each with the end of its labelled region in {@code content}. */
  public record Gold(List<Expression> expressions, Map<String, Integer> regions) {}

  /** Files named this way beside the expressions list the articles read. */
  static final String ARTICLES_FILE = "articles.tsv";

  private NewsDatesGold() {}

  /** @throws IOException if a file cannot be read or a line is malformed (naming the line) */
  public static Gold read(Path expressionsFile) throws IOException {
    List<Expression> expressions = new ArrayList<>();
    Map<String, Integer> regions = new LinkedHashMap<>();
    for (Line l : lines(expressionsFile)) {
      String[] f = l.fields();
      if (f.length < 7) {
        throw new IOException(l.where() + ": expected url, start_char, end_char, text, value_start, value_end, grain");
      }
      try {
        int start = Integer.parseInt(f[1].strip());
        int end = Integer.parseInt(f[2].strip());
        Grain grain = Grain.valueOf(f[6].strip().toUpperCase(Locale.ROOT));
        LocalDateTime from = LocalDateTime.parse(f[4].strip());
        LocalDateTime to = f[5].isBlank() ? grain.after(from) : LocalDateTime.parse(f[5].strip());
        if (end <= start || !to.isAfter(from) || end - start != f[3].length()) {
          throw new IOException(l.where() + ": empty span, end before start, or a text of another length than its span");
        }
        expressions.add(new Expression(f[0].strip(), start, end, f[3], from, to, grain, f.length > 7 ? f[7] : ""));
        regions.merge(f[0].strip(), end, Math::max);
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new IOException(l.where() + ": " + e.getMessage(), e);
      }
    }
    Path articles = siblingArticles(expressionsFile);
    if (articles != null) {
      for (Line l : lines(articles)) {
        String[] f = l.fields();
        try {
          int regionEnd = f.length >= 4 ? Integer.parseInt(f[3].strip()) : Integer.MAX_VALUE;
          // An expression that starts inside the region is labelled whole, so its end may pass it.
          regions.merge(f[0].strip(), regionEnd, Math::max);
        } catch (NumberFormatException e) {
          throw new IOException(l.where() + ": region_end: " + e.getMessage(), e);
        }
      }
    }
    return new Gold(List.copyOf(expressions), regions);
  }

  private static @Nullable Path siblingArticles(Path expressionsFile) {
    Path parent = expressionsFile.toAbsolutePath().getParent();
    Path articles = parent == null ? null : parent.resolve(ARTICLES_FILE);
    return articles != null && Files.isRegularFile(articles) && !articles.equals(expressionsFile.toAbsolutePath())
        ? articles
        : null;
  }

  private record Line(String where, String[] fields) {}

  /** Data lines: not blank, not {@code #}, not a first line naming the columns (the first {@code url}). */
  private static List<Line> lines(Path file) throws IOException {
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      boolean first = true;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (first) {
          first = false;
          if (GoldHeader.isHeader(line, "url")) {
            continue;
          }
        }
        out.add(new Line(file + ":" + n, line.split("\t", -1)));
      }
    }
    return out;
  }
}
