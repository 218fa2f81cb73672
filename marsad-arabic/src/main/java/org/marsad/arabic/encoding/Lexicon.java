package org.marsad.arabic.encoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Known Arabic word forms (words.txt, from ANERcorp; see SOURCES.md there), compared without
 * diacritics and tatweel, so that a lost byte can be put back as the letter that makes a real
 * word. A word is also known when it is a known word behind a common proclitic (و ف ب ل ك ال).
 */
final class Lexicon {
  private static final String RESOURCE = "words.txt";
  /** Proclitics, longest first, so وال is tried before و. */
  private static final List<String> PREFIXES = List.of(
      "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0641\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644",
      "\u0627\u0644", "\u0648", "\u0641", "\u0628", "\u0644", "\u0643");
  private static final int MIN_STEM = 2;
  private static final char TATWEEL = '\u0640';

  private final Set<String> words;

  private Lexicon(Set<String> words) {
    this.words = words;
  }

  /** Loaded on first use: most lines never need it. */
  private static final class Holder {
    static final Lexicon DEFAULT = load();
  }

  static Lexicon standard() {
    return Holder.DEFAULT;
  }

  static Lexicon of(Set<String> words) {
    Set<String> keys = new HashSet<>();
    words.forEach(w -> keys.add(key(w)));
    return new Lexicon(keys);
  }

  /** 2 for a known form, 1 for a known form behind a proclitic, else 0. */
  int score(String word) {
    String k = key(word);
    if (words.contains(k)) {
      return 2;
    }
    for (String prefix : PREFIXES) {
      if (k.startsWith(prefix) && k.length() - prefix.length() >= MIN_STEM && words.contains(k.substring(prefix.length()))) {
        return 1;
      }
    }
    return 0;
  }

  /** The word without diacritics (U+064B-U+0652, U+0670) and tatweel. */
  static String key(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!isDiacritic(c) && c != TATWEEL) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean isDiacritic(char c) {
    return c >= '\u064B' && c <= '\u0652' || c == '\u0670';
  }

  private static Lexicon load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(words);
  }
}
