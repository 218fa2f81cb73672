package org.marsad.eval.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.eval.sample.Reservoir;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.model.Diagnostics;

/**
 * Queries as readers type them, cut from real titles: one to three consecutive words, or two of
 * them quoted as a phrase ({@code "…"} marks a phrase in our query syntax). The titles are a
 * seeded reservoir sample, so memory holds only the sample and the same corpus and seed give the
 * same queries.
 */
public final class SearchQueries {
  /** Words shorter than this (stray letters, punctuation left by splitting) make poor queries. */
  private static final int MIN_WORD_CHARS = 2;

  private SearchQueries() {}

  /** A seeded sample of at most {@code n} titles that were read, not derived, and hold a word. */
  public static List<String> titles(List<Path> files, int n, long seed) throws IOException {
    Reservoir<String> titles = new Reservoir<>(n, seed);
    RecordsReader reader = new RecordsReader();
    for (Path file : files) {
      reader.read(
          file,
          a -> {
            // Derived titles are the body's first words or the URL's; no reader searches those.
            if (Reservoir.hasRealTitle(a) && !words(a.title()).isEmpty()) {
              titles.offer(a.title());
            }
          },
          new Diagnostics());
    }
    return titles.items();
  }

  /** {@code n} queries, one from each title in turn, starting over when the titles run out. */
  public static List<String> cut(List<String> titles, int n, Random random) {
    if (titles.isEmpty()) {
      throw new IllegalArgumentException("titles: the corpus has no article with a title to query");
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(fromTitle(titles.get(i % titles.size()), random));
    }
    return out;
  }

  /**
   * One query from one title: a phrase of two words a quarter of the time when the title has two,
   * else one to three consecutive words, fewer when the title is shorter.
   *
   * @throws IllegalArgumentException if the title has no word of two or more letters or digits
   */
  static String fromTitle(String title, Random random) {
    List<String> words = words(title);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("title: no word to query in: " + title);
    }
    boolean phrase = words.size() >= 2 && random.nextInt(4) == 0;
    int length = phrase ? 2 : Math.min(words.size(), 1 + random.nextInt(3));
    int start = random.nextInt(words.size() - length + 1);
    String text = String.join(" ", words.subList(start, start + length));
    return phrase ? "\"" + text + "\"" : text;
  }

  /**
   * The title's words: runs of letters, combining marks and digits. Splitting on everything else
   * drops quotes and punctuation, so a fragment never opens a phrase by accident.
   */
  static List<String> words(String title) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < title.length(); ) {
      int cp = title.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean part = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK;
      if (part) {
        word.appendCodePoint(cp);
      }
      if (!part || i >= title.length()) {
        if (word.codePointCount(0, word.length()) >= MIN_WORD_CHARS) {
          out.add(word.toString());
        }
        word.setLength(0);
      }
    }
    return out;
  }
}
