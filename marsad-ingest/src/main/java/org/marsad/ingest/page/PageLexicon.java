package org.marsad.ingest.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.normalize.ArabicNormalizer;

/**
 * The words of aggregator pages ({@code lexicon.tsv} beside this class), held as search keys so
 * that spelling variants meet. Immutable and thread-safe.
 */
final class PageLexicon {

  enum Kind {
    FURNITURE,
    DATE_LABEL,
    PREPARER_LABEL,
    SOURCE_LABEL,
    AUTHOR_LABEL,
    COUNTER_LABEL,
    TAGS_LABEL,
    FURNITURE_LEAD,
    MASTHEAD,
    READ_ALSO,
    FOLLOW_WORD,
    AGENCY,
    PREPOSITION,
    CONSTRUCT_HEAD
  }

  private static final PageLexicon DEFAULT = load();

  private final Map<Kind, Set<String>> phrases;
  private final int longestPhrase;

  private PageLexicon(Map<Kind, Set<String>> phrases) {
    this.phrases = phrases;
    this.longestPhrase =
        phrases.values().stream().flatMap(Set::stream).mapToInt(p -> p.split(" ").length).max().orElse(1);
  }

  static PageLexicon defaults() {
    return DEFAULT;
  }

  /** The search key of a word or phrase: search form, punctuation at the edges removed, spaces single. */
  static String key(String text) {
    String k = ArabicNormalizer.searchKey(text).toLowerCase(Locale.ROOT);
    k = k.replaceAll("[\\p{P}\\p{S}&&[^.]]+", " ").replaceAll("(^[.\\s]+|[.\\s]+$)", "");
    return k.replaceAll("\\s+", " ").trim();
  }

  Set<String> phrases(Kind kind) {
    return phrases.get(kind);
  }

  boolean contains(Kind kind, String text) {
    return phrases.get(kind).contains(key(text));
  }

  /**
   * How many of {@code wordKeys}, starting at {@code from}, form the longest phrase of {@code kind};
   * 0 when none does.
   */
  int matchWords(Kind kind, List<String> wordKeys, int from) {
    Set<String> set = phrases.get(kind);
    StringBuilder phrase = new StringBuilder();
    int best = 0;
    for (int n = 1; n <= longestPhrase && from + n <= wordKeys.size(); n++) {
      if (n > 1) {
        phrase.append(' ');
      }
      phrase.append(wordKeys.get(from + n - 1));
      if (set.contains(phrase.toString())) {
        best = n;
      }
    }
    return best;
  }

  private static PageLexicon load() {
    Map<Kind, Set<String>> map = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      map.put(k, new HashSet<>());
    }
    try (InputStream in = PageLexicon.class.getResourceAsStream("lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.tsv is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 2);
        Kind kind = Kind.valueOf(cols[0].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        map.get(kind).add(key(cols[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("lexicon.tsv cannot be read", e);
    }
    map.replaceAll((k, v) -> Set.copyOf(v));
    return new PageLexicon(map);
  }
}
