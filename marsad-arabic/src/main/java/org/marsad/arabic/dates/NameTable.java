package org.marsad.arabic.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word table loaded from a TSV resource next to this class: folded name to the rest of its line.
 * Names live in resource files so that Arabic words stay readable and out of Java source. Immutable.
 */
final class NameTable {
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");

  private final Map<String, List<String>> rows;

  private NameTable(Map<String, List<String>> rows) {
    this.rows = Map.copyOf(rows);
  }

  static NameTable load(String resource) {
    try (InputStream in = NameTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, List<String>> rows = new LinkedHashMap<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        rows.putIfAbsent(key(cells[0]), List.of(cells).subList(1, cells.length));
      }
      return new NameTable(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The look-up key of a (possibly unfolded) name: folded, lower-cased, single spaces. */
  static String key(String name) {
    String folded = FoldedText.fold(name.strip()).toLowerCase(Locale.ROOT);
    return SPACES.matcher(folded).replaceAll(" ");
  }

  /** The cells after the name, or null when the name is not in the table. */
  List<String> get(String name) {
    return rows.get(key(name));
  }

  /**
   * A regex alternation of the names whose cells satisfy {@code keep}, longest first so that
   * {@code مايو} wins over {@code ماي}; words may be separated by any run of blanks.
   */
  String alternation(Predicate<List<String>> keep) {
    List<String> names = new ArrayList<>();
    rows.forEach((name, cells) -> {
      if (keep.test(cells)) {
        names.add(name);
      }
    });
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return names.stream()
        .map(n -> SPACES.splitAsStream(n).map(Pattern::quote).collect(Collectors.joining("[ \\t]++")))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  String alternation() {
    return alternation(cells -> true);
  }
}
