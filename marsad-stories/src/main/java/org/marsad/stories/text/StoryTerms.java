package org.marsad.stories.text;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.arabic.stem.ArabicLightStemmer;

/**
 * The stem vector of an article. Words are taken in search form ({@link ArticleWords}); stop
 * words (Lucene's Arabic list, folded to search form) are left out, with or without a leading
 * و/ف; the rest are cut to light stems ({@link ArabicLightStemmer}), so الصحية، بالصحة and صحته
 * meet. Words of one letter are left out (a stray clitic or the م of 2020م); numbers never become
 * words, since dates and counts change between reports of one event and coincide across
 * unrelated ones. A title word counts {@link #TITLE_WEIGHT} times, since the headline names the
 * event; bodies are cut after {@link ArticleWords#MAX_BODY_CHARS} characters. Thread-safe.
 */
public final class StoryTerms {
  /**
   * What one title word counts for against one body word. Through the sublinear tf a word
   * that is in the title and twice in the body weighs about twice one that is only twice in the
   * body.
   */
  static final int TITLE_WEIGHT = 3;

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';

  private static final Set<String> STOP_WORDS = foldedStopWords();

  private StoryTerms() {}

  /** The vector of an article's title and body paragraphs; empty for an empty text. */
  public static TermVector of(String title, List<String> body) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    LongIntMap counts = new LongIntMap();
    ArticleWords.forEachWord(title, w -> count(counts, w, TITLE_WEIGHT));
    for (String paragraph : ArticleWords.cappedBody(body)) {
      ArticleWords.forEachWord(paragraph, w -> count(counts, w, 1));
    }
    long[] terms = counts.sortedKeys();
    float[] weights = new float[terms.length];
    for (int i = 0; i < terms.length; i++) {
      weights[i] = counts.get(terms[i]);
    }
    return new TermVector(terms, weights);
  }

  /**
   * The stem a search-form word is counted under, or null when the word is left out (a stop
   * word, a single letter).
   */
  public static @Nullable String stem(String word) {
    if (word.codePointCount(0, word.length()) < 2 || isStopWord(word)) {
      return null;
    }
    String stem = ArabicLightStemmer.stem(word);
    return STOP_WORDS.contains(stem) ? null : stem;
  }

  /** The term hash of a stem: FNV-1a over its UTF-16 units, then MurmurHash3's 64-bit finalizer. */
  public static long hash(String stem) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < stem.length(); i++) {
      h ^= stem.charAt(i);
      h *= 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  private static void count(LongIntMap counts, String word, int weight) {
    String stem = stem(word);
    if (stem != null) {
      counts.add(hash(stem), weight);
    }
  }

  private static boolean isStopWord(String word) {
    if (STOP_WORDS.contains(word)) {
      return true;
    }
    char first = word.charAt(0);
    // The list has وفي and وهو but not every conjunction form (وعلى، فقد، ولكن).
    return (first == WAW || first == FEH) && STOP_WORDS.contains(word.substring(1));
  }

  private static Set<String> foldedStopWords() {
    CharArraySet lucene = ArabicAnalyzer.getDefaultStopSet();
    Set<String> folded = new HashSet<>();
    for (Object word : lucene) {
      String w = word instanceof char[] chars ? new String(chars) : word.toString();
      String key = ArabicNormalizer.searchKey(w).strip();
      if (!key.isEmpty()) {
        folded.add(key);
      }
    }
    return Set.copyOf(folded);
  }
}
