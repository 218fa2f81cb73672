package org.marsad.arabic.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The temporal word table ({@code temporal_words.tsv}): words by category, folded, with a value.
 * Unlike {@link NameTable} a word may sit in several categories ({@code أول} is a part of a month
 * and a place in a sequence). Immutable.
 */
final class Words {
  static final Words TEMPORAL = load("temporal_words.tsv");

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

  /** The folded words of {@code category}. */
  java.util.Set<String> words(String category) {
    return byCategory.getOrDefault(category, Map.of()).keySet();
  }

  /** The value of {@code word} in {@code category}, or null. */
  @Nullable String value(String category, @Nullable String word) {
    if (word == null) {
      return null;
    }
    return byCategory.getOrDefault(category, Map.of()).get(NameTable.key(word));
  }

  /** The category's words as a trie regex (see {@link NameTable#alternation}): longest first, any blanks between words. */
  String alt(String category) {
    NameTable.Trie trie = new NameTable.Trie();
    byCategory.getOrDefault(category, Map.of()).keySet().forEach(trie::add);
    return "(?:" + trie.regex() + ")";
  }
}
