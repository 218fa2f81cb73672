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

  /** The categories of the table. */
  java.util.Set<String> categories() {
    return byCategory.keySet();
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
    Map<String, String> words = byCategory.getOrDefault(category, Map.of());
    String key = NameTable.key(word);
    String v = words.get(key);
    // ل before the article drops its alef (للعام): the word matched is لعام, the table has العام
    return v != null || !key.startsWith(LAM) ? v : words.get(ALEF + key);
  }

  /** The category's words as a trie regex (see {@link NameTable#alternation}): longest first, any blanks between words. */
  String alt(String category) {
    NameTable.Trie trie = new NameTable.Trie();
    NameTable.Trie afterLam = new NameTable.Trie();
    boolean anyArticle = false;
    for (String w : byCategory.getOrDefault(category, Map.of()).keySet()) {
      trie.add(w);
      if (w.startsWith(ARTICLE)) {
        afterLam.add(w.substring(1));
        anyArticle = true;
      }
    }
    // The preposition ل before the article drops its alef (للعام الماضي، للربع الثاني): after a
    // ل, a word with the article is also matched as ل and the rest (the ل itself is the clitic
    // that {B} allows before a word).
    return anyArticle
        ? "(?:" + trie.regex() + "|(?<=" + LAM + ")" + afterLam.regex() + ")"
        : "(?:" + trie.regex() + ")";
  }

  private static final String LAM = "\u0644";
  private static final String ALEF = "\u0627";
  private static final String ARTICLE = ALEF + LAM;
}
