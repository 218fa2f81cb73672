package org.marsad.ingest.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.arabic.names.Gazetteer;
import org.marsad.ingest.page.PageLexicon.Kind;

/**
 * Splits a site's tag list into tag phrases. Lists with separators (، , | # •) split on them. Lists
 * that a scraper flattened into one run of words ("باكستان إيران غارة جوية الحرس الثوري الإيراني")
 * are chunked by Arabic noun-phrase grammar, since no separator survives:
 *
 * <ul>
 *   <li>a number joins the phrase before it ("كأس الأمم الأفريقية 2024");
 *   <li>a preposition joins the phrase before it and the word after it ("طائرة بدون طيار"), and a
 *       word with the conjunction و after such an object joins too ("بين حماس وإسرائيل");
 *   <li>a nisba adjective (ending in ي or ية) joins a noun of the same definiteness ("غارة جوية",
 *       "الحرس الثوري الإيراني"), unless it is a place name ("المغرب السعودية" stays two tags);
 *   <li>an indefinite noun heads a construct with a following definite word ("كرة القدم"), and with a
 *       place name only when it is a known construct head ("منتخب مصر", but "استخبارات العراق"
 *       stays two tags, since nothing on the page tells them apart).
 * </ul>
 *
 * Place names come from the {@link Gazetteer}. Duplicates are removed,
 * first occurrence kept. Thread-safe.
 */
final class TagChunker {
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[،,|#•;؛]|\\s-\\s)\\s*");
  private static final Pattern NUMBER = Pattern.compile("[0-9٠-٩]+");

  private final PageLexicon lexicon;
  private final Set<String> places;

  TagChunker(PageLexicon lexicon) {
    this.lexicon = lexicon;
    this.places = Gazetteer.places().keys();
  }

  List<String> chunk(String tagText) {
    List<String> tags = new ArrayList<>();
    String[] parts = SEPARATORS.split(tagText.strip());
    if (parts.length > 1) {
      for (String p : parts) {
        String t = LineClassifier.stripSeparators(p);
        if (!t.isEmpty() && !lexicon.contains(Kind.FURNITURE, t)) {
          tags.add(t);
        }
      }
    } else {
      tags.addAll(chunkWords(PageLine.of(0, tagText)));
    }
    return dedupe(tags);
  }

  private List<String> chunkWords(PageLine line) {
    List<String> words = line.words();
    List<String> keys = line.keys();
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= words.size(); i++) {
      if (i == words.size() || !joins(keys, start, i)) {
        String phrase = line.textOfWords(start, i);
        if (!lexicon.contains(Kind.FURNITURE, phrase)) {
          out.add(phrase);
        }
        start = i;
      }
    }
    return out;
  }

  /** Whether word {@code i} continues the phrase that started at {@code start}. */
  private boolean joins(List<String> keys, int start, int i) {
    String word = keys.get(i);
    String prev = keys.get(i - 1);
    if (isNumber(word)) {
      return true;
    }
    if (lexicon.contains(Kind.FURNITURE, word) || lexicon.contains(Kind.FURNITURE, prev)) {
      return false;
    }
    if (isPreposition(word) || isPreposition(prev)) {
      return true;
    }
    if (i >= 2 && isPreposition(keys.get(i - 2)) && word.startsWith("و") && word.length() > 3) {
      return true;
    }
    if (isNumber(prev)) {
      return false;
    }
    boolean phraseIsPlace =
        places.contains(String.join(" ", keys.subList(start, i))) || places.contains(prev);
    if (startsPlace(keys, i)) {
      return i - 1 == start && isConstructHead(prev) && !phraseIsPlace;
    }
    if (phraseIsPlace) {
      return false;
    }
    if (isNisba(word)) {
      return definite(prev) == definite(word);
    }
    // A construct (idafa) joins an indefinite head noun to the definite word after it.
    return i - 1 == start && definite(word) && !definite(prev) && !isNisba(prev);
  }

  private static boolean isNumber(String key) {
    return NUMBER.matcher(key).matches();
  }

  private boolean isPreposition(String key) {
    return lexicon.contains(Kind.PREPOSITION, key);
  }

  private boolean isConstructHead(String key) {
    return lexicon.contains(Kind.CONSTRUCT_HEAD, key);
  }

  /** Whether a place name (one or two words) starts at word {@code i}. */
  private boolean startsPlace(List<String> keys, int i) {
    return places.contains(keys.get(i)) || (i + 1 < keys.size() && places.contains(keys.get(i) + " " + keys.get(i + 1)));
  }

  private static boolean definite(String key) {
    return key.startsWith("ال") || key.startsWith("وال") || key.startsWith("بال") || key.startsWith("لل");
  }

  /** Relative (nisba) adjectives end in ي or يه (ية after folding): جوي، جوية، الإيراني. */
  private static boolean isNisba(String key) {
    return key.length() >= 4 && (key.endsWith("ي") || key.endsWith("يه") || key.endsWith("يين") || key.endsWith("يون"));
  }

  private static List<String> dedupe(List<String> tags) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String t : tags) {
      byKey.putIfAbsent(PageLexicon.key(t), t);
    }
    return List.copyOf(byKey.values());
  }
}
