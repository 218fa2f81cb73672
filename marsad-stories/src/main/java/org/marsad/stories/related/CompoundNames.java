package org.marsad.stories.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.arabic.names.NameKeys;
import org.marsad.stories.text.ArticleWords;
import org.marsad.stories.text.StoryTerms;
import org.marsad.stories.text.TermVector;

/**
 * Compound names written in two words, counted as the one word outlets also write them as:
 * عبد الرازق as عبدالرازق, أبو ظبي as ابوظبي ({@link NameKeys}). The stem vector sees
 * غادة عبد الرازق and غادة عبدالرازق as sharing only غادة; with these terms added to the split
 * spelling, both name the same person. Only عبد before a word with the article (عبد الله, not
 * the verb phrase عبد الناس) and أبو before any word are joined, as the search index joins them.
 * Words are taken as {@link StoryTerms} takes them (letters in search form, title counting
 * {@link #TITLE_WEIGHT} times, the body up to {@link ArticleWords#MAX_BODY_CHARS}). Thread-safe.
 */
public final class CompoundNames {
  /** As {@link StoryTerms}: a title word counts three body words. */
  static final int TITLE_WEIGHT = 3;

  /** عبد، ابو in search form. */
  private static final String ABD = "\u0639\u0628\u062F";
  private static final String ABU = "\u0627\u0628\u0648";
  private static final String AL = "\u0627\u0644";
  /** عبد or ابو with a proclitic or two (وبعبد): longer words are not a split name's first part. */
  private static final int MAX_PREFIX_CHARS = 5;

  private CompoundNames() {}

  /** The joined spellings of the split compound names in the title and body; empty if none. */
  public static TermVector of(String title, List<String> body) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    List<Long> terms = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    collect(title, TITLE_WEIGHT, terms, weights);
    for (String paragraph : ArticleWords.cappedBody(body)) {
      collect(paragraph, 1, terms, weights);
    }
    long[] t = new long[terms.size()];
    float[] w = new float[t.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = terms.get(i);
      w[i] = weights.get(i);
    }
    return TermVector.of(t, w);
  }

  private static void collect(String text, int weight, List<Long> terms, List<Float> weights) {
    List<String> words = ArticleWords.words(text);
    for (int i = 0; i + 1 < words.size(); i++) {
      String word = words.get(i);
      if (word.length() > MAX_PREFIX_CHARS || !(word.endsWith(ABD) || word.endsWith(ABU))) {
        continue; // most words: no name key needed
      }
      String first = NameKeys.key(word);
      String next = words.get(i + 1);
      if (first.equals(ABD) && next.startsWith(AL) || first.equals(ABU)) {
        // The joined spelling is stemmed as StoryTerms stems it, so both meet on one term.
        String stem = StoryTerms.stem(NameKeys.key(first + next));
        if (stem != null) {
          terms.add(StoryTerms.hash(stem));
          weights.add((float) weight);
        }
      }
    }
  }
}
