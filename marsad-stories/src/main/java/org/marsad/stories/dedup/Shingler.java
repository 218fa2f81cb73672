package org.marsad.stories.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.stories.text.StoryTerms;

/**
 * Turns a body into normalized words, a content key and distinct word-shingle hashes. Pure and
 * thread-safe.
 *
 * <p>Paragraphs are read as one run of words, so shingles cross paragraph breaks: outlets re-break
 * a wire story's paragraphs (or flatten them into one) far more often than they change its words.
 */
final class Shingler {
  /**
   * Words per shingle. Arabic words carry their clitics (و، ب، ل، ال), so four Arabic words say
   * about as much as five English ones: long enough that independent reports of one
   * event share few shingles beyond set phrases (names with titles, "خادم الحرمين الشريفين"),
   * short enough that one edited word breaks only four shingles. The choice within 3..5 matters
   * less than the thresholds: on the SaudiNewsNet sample, copy pairs' resemblance moved by about
   * 6% either way (up with three words, down with five).
   */
  static final int K = 4;

  /** The content key of a body with no words. It is never entered in the index, so never matches. */
  static final long EMPTY_KEY = 0L;

  /** Normalized عبد: joined to a following ال-word, as عبدالعزيز and عبد العزيز are one name. */
  private static final String ABD = "\u0639\u0628\u062F";

  private static final String AL = "\u0627\u0644";

  private static final long CONTENT_SEED = 0x6d61727361642d63L;

  private static final long SHINGLE_SEED = 0x6d61727361642d73L;

  private Shingler() {}

  /**
   * The search form's words: letters and digits only, marks dropped without splitting a word,
   * anything else a separator.
   */
  static List<String> words(List<String> paragraphs) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (String paragraph : paragraphs) {
      String key = ArabicNormalizer.searchKey(paragraph);
      for (int i = 0; i < key.length(); ) {
        int cp = key.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetterOrDigit(cp)) {
          word.appendCodePoint(cp);
        } else if (!isMark(cp)) {
          flush(word, words);
        }
      }
      flush(word, words);
    }
    return words;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() == 0) {
      return;
    }
    String text = word.toString();
    word.setLength(0);
    int last = words.size() - 1;
    if (last >= 0 && words.get(last).equals(ABD) && text.startsWith(AL)) {
      words.set(last, ABD + text);
    } else {
      words.add(text);
    }
  }

  static long[] wordHashes(List<String> words) {
    long[] hashes = new long[words.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = Hashes.word(words.get(i));
    }
    return hashes;
  }

  /**
   * The distinct words as light stems ({@link StoryTerms#stem}: stop words and single letters
   * left out) and numbers as written, hashed and sorted: the body as a bag of words.
   */
  static long[] distinctStems(List<String> words) {
    long[] hashes = new long[words.size()];
    int n = 0;
    for (String word : words) {
      String stem = Character.isDigit(word.charAt(0)) ? word : StoryTerms.stem(word);
      if (stem != null) {
        hashes[n++] = Hashes.word(stem);
      }
    }
    Arrays.sort(hashes, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, distinct);
  }

  /** A hash of the whole word sequence and its length; never {@link #EMPTY_KEY} unless empty. */
  static long contentKey(long[] words) {
    if (words.length == 0) {
      return EMPTY_KEY;
    }
    long h = CONTENT_SEED;
    for (long word : words) {
      h = Hashes.chain(h, word);
    }
    h = Hashes.chain(h, words.length);
    return h == EMPTY_KEY ? 1L : h;
  }

  /**
   * The distinct {@link #K}-word shingle hashes, sorted. Fewer than K words make one shingle of the
   * whole text, so a short body still has a (weak) signature; no words make none.
   */
  static long[] distinctShingles(long[] words) {
    if (words.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, words.length - K + 1);
    long[] shingles = new long[count];
    for (int start = 0; start < count; start++) {
      long h = SHINGLE_SEED;
      int end = Math.min(words.length, start + K);
      for (int i = start; i < end; i++) {
        h = Hashes.chain(h, words[i]);
      }
      shingles[start] = h;
    }
    Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return Arrays.copyOf(shingles, distinct);
  }
}
