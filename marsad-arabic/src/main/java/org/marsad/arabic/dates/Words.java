package org.marsad.arabic.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The temporal word table ({@code temporal_words.tsv}): words by category, folded, with a value.
 * Unlike {@link NameTable} a word may sit in several categories ({@code أول} is a part of a month
 * and a place in a sequence). Immutable.
 */
final class Words {
  static final Words TEMPORAL = load("temporal_words.tsv");
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");

  private final Map<String, Map<String, String>> byCategory;

  private Words(Map<String, Map<String, String>> byCategory) {
    this.byCategory = byCategory;
  }

  private static Words load(String resource) {
    try (InputStream in = Words.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Map<String, String>> rows = new HashMap<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        rows.computeIfAbsent(cells[1], k -> new HashMap<>())
            .putIfAbsent(NameTable.key(cells[0]), cells.length > 2 ? cells[2] : "");
      }
      return new Words(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value of {@code word} in {@code category}, or null. */
  @Nullable String value(String category, @Nullable String word) {
    if (word == null) {
      return null;
    }
    return byCategory.getOrDefault(category, Map.of()).get(NameTable.key(word));
  }

  /** A non-capturing alternation of the category's words, longest first, any blanks between words. */
  String alt(String category) {
    List<String> words = byCategory.getOrDefault(category, Map.of()).keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .toList();
    return words.stream()
        .map(w -> SPACES.splitAsStream(w).map(Pattern::quote).collect(Collectors.joining("[ \\t]+")))
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
