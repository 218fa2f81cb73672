package org.marsad.stories.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.names.Gazetteer;
import org.marsad.arabic.normalize.ArabicNormalizer;

/**
 * Reads the {@link Facts} of a body: what a release template is filled with, each under the slots
 * it fills. Four kinds:
 *
 * <ul>
 *   <li>numbers (every run of digits, leading zeros dropped): counts, degrees, dates, verses;
 *   <li>day and month names, as what they name (آب and أغسطس are one month; {@link FactWords});
 *   <li>known places ({@link Places}' gazetteer, clitics allowed; a name of several words by its
 *       word that is itself a place) and their adjectives (اللبنانية، المصري، سوري);
 *   <li>names after a person's title (الرئيس X، المدعو X: the first word of the name, and after
 *       بن or آل the next) and after a place noun when no known place follows (حي X، محافظة X).
 * </ul>
 *
 * <p>A fact fills two slots: its kind with the nearest word before it that is no fact, and its
 * kind with the nearest such word after it (as a light stem, so طالبا and طالب meet; the start
 * or end of the paragraph when there is none). Words of one letter (the هـ of a Hijri year) and
 * name particles are passed over. So in "بسرعة 18-38 كم" both numbers fill the slots (number,
 * سرعة) and (number, كم), and a sibling bulletin's "بسرعة 15-35 كم" conflicts in both, while a
 * reprint that adds a dateline ("جدة - واس") fills slots the release never fills and conflicts
 * with nothing. Bodies are cut as for {@link StoryTerms}, and at most {@link Facts#MAX_FACTS}
 * slot values are kept, the first ones. Pure and thread-safe.
 */
public final class ArticleFacts {
  private static final String AL = "\u0627\u0644";
  /** Normalized عبد: joined to the next word, as عبد الله and عبدالله are one name. */
  private static final String ABD = "\u0639\u0628\u062F";
  private static final String PARAGRAPH_START = "^";
  private static final String PARAGRAPH_END = "$";

  enum Kind {
    NUMBER, CALENDAR, PLACE, NAME
  }

  /** A token read: a fact (kind and value) or a word that can be a slot's context. */
  private record Item(@Nullable Kind kind, String text) {
    boolean isFact() {
      return kind != null;
    }
  }

  private ArticleFacts() {}

  /** The facts of a body given as paragraphs. */
  public static Facts of(List<String> body) {
    return readBody(body, new Sink(null)).facts();
  }

  /**
   * The facts of a body as {@code KIND <word=value} and {@code KIND >word=value} lines (the slot
   * before and after), in text order: what {@link #of} hashes, for tests and for reading why two
   * texts conflict.
   */
  static List<String> describe(List<String> body) {
    List<String> lines = new ArrayList<>();
    readBody(body, new Sink(lines));
    return lines;
  }

  private static Sink readBody(List<String> body, Sink sink) {
    Objects.requireNonNull(body, "body");
    for (String paragraph : ArticleWords.cappedBody(body)) {
      file(items(tokens(paragraph)), sink);
      if (sink.full()) {
        break;
      }
    }
    return sink;
  }

  /** Files each fact under the context words on either side of it. */
  private static void file(List<Item> items, Sink sink) {
    String[] before = new String[items.size()];
    String context = PARAGRAPH_START;
    for (int i = 0; i < items.size(); i++) {
      before[i] = context;
      if (!items.get(i).isFact()) {
        context = items.get(i).text();
      }
    }
    String[] after = new String[items.size()];
    context = PARAGRAPH_END;
    for (int i = items.size() - 1; i >= 0; i--) {
      after[i] = context;
      if (!items.get(i).isFact()) {
        context = items.get(i).text();
      }
    }
    for (int i = 0; i < items.size() && !sink.full(); i++) {
      Item item = items.get(i);
      if (item.isFact()) {
        sink.add(item.kind(), '<' + before[i], item.text());
        sink.add(item.kind(), '>' + after[i], item.text());
      }
    }
  }

  /** The paragraph's tokens read as facts and context words (as stems). */
  private static List<Item> items(List<String> tokens) {
    List<Item> items = new ArrayList<>(tokens.size());
    Gazetteer gazetteer = Gazetteer.places();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (isNumber(token)) {
        items.add(new Item(Kind.NUMBER, stripZeros(token)));
        continue;
      }
      if (token.length() < 2 || FactWords.isNameParticle(token)) {
        continue;
      }
      List<String> readings = Places.readings(token);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      String calendar = calendar(readings, next);
      if (calendar != null) {
        items.add(new Item(Kind.CALENDAR, calendar));
        i += takesNext(readings, next) ? 1 : 0;
        continue;
      }
      int placeWords = placeAt(tokens, i, items, gazetteer);
      if (placeWords > 0) {
        i += placeWords - 1;
        continue;
      }
      items.add(new Item(null, contextOf(token)));
      if (isPersonTitle(readings)) {
        i = name(tokens, i + 1, items, gazetteer) - 1;
      } else if (isPlaceNoun(readings) && i + 1 < tokens.size() && FactWords.canBeName(tokens.get(i + 1))
          && !isPlaceNoun(Places.readings(tokens.get(i + 1)))) {
        if (placeAt(tokens, i + 1, items, gazetteer) == 0) {
          items.add(new Item(Kind.NAME, nameWord(tokens, i + 1)));
        }
        i += tokens.get(i + 1).equals(ABD) ? 2 : 1;
      }
    }
    return items;
  }

  /**
   * Reads the name that starts at {@code from}, after a title: further titles are context words,
   * a place or its adjective there (الرئيس المصري) is a place, then comes the first word of the
   * name, and after a particle (بن، آل) the next. A word that cannot be a name's, a number or the
   * paragraph's end ends it. Returns the index after it.
   */
  private static int name(List<String> tokens, int from, List<Item> items, Gazetteer gazetteer) {
    int i = from;
    while (i < tokens.size() && isPersonTitle(Places.readings(tokens.get(i)))) {
      items.add(new Item(null, contextOf(tokens.get(i++))));
    }
    if (i < tokens.size()) {
      i += placeAt(tokens, i, items, gazetteer);
    }
    if (i >= tokens.size() || isNumber(tokens.get(i)) || !FactWords.canBeName(tokens.get(i))) {
      return Math.max(i, from);
    }
    items.add(new Item(Kind.NAME, nameWord(tokens, i)));
    i += tokens.get(i).equals(ABD) ? 2 : 1;
    if (i + 1 < tokens.size() && FactWords.isNameParticle(tokens.get(i)) && FactWords.canBeName(tokens.get(i + 1))) {
      items.add(new Item(Kind.NAME, nameWord(tokens, i + 1)));
      i += tokens.get(i + 1).equals(ABD) ? 3 : 2;
    }
    return i;
  }

  /** The word at {@code i}, joined to the next when it is عبد (عبد الله = عبدالله). */
  private static String nameWord(List<String> tokens, int i) {
    String word = tokens.get(i);
    return word.equals(ABD) && i + 1 < tokens.size() ? word + tokens.get(i + 1) : word;
  }

  /** A context word as its light stem (طالبا and طالب meet), or as written when it has none. */
  private static String contextOf(String word) {
    String stem = StoryTerms.stem(word);
    return stem != null ? stem : word;
  }

  private static @Nullable String calendar(List<String> readings, @Nullable String next) {
    for (String r : readings) {
      String value = FactWords.calendar(r, next);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static boolean takesNext(List<String> readings, @Nullable String next) {
    for (String r : readings) {
      if (FactWords.takesNext(r, next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a known place (or its adjective) starting at {@code i} into {@code items}; returns how
   * many words it took, 0 when there is none.
   */
  private static int placeAt(List<String> tokens, int i, List<Item> items, Gazetteer gazetteer) {
    List<String> readings = Places.readings(tokens.get(i));
    boolean startsLonger = false;
    for (String reading : readings) {
      startsLonger |= Places.startsLongerName(reading);
    }
    // Only the first words of longer names start a window: no strings are built for the rest.
    for (int n = startsLonger ? Math.min(Places.MAX_WORDS, tokens.size() - i) : 1; n >= 2; n--) {
      String rest = " " + String.join(" ", tokens.subList(i + 1, i + n));
      for (String reading : readings) {
        if (Places.startsLongerName(reading) && gazetteer.contains(reading + rest)) {
          items.add(new Item(Kind.PLACE, shortName(reading + rest, gazetteer)));
          return n;
        }
      }
    }
    for (String reading : readings) {
      if (gazetteer.contains(reading)) {
        items.add(new Item(Kind.PLACE, reading));
        return 1;
      }
    }
    for (String reading : readings) {
      String place = placeOfAdjective(reading, gazetteer);
      if (place != null) {
        items.add(new Item(Kind.PLACE, place));
        return 1;
      }
    }
    return 0;
  }

  /**
   * A place of several words by the one of its words that is itself a known place, so that
   * المملكة العربية السعودية meets السعودية and مكة المكرمة meets مكة; otherwise as it is.
   */
  private static String shortName(String place, Gazetteer gazetteer) {
    if (place.indexOf(' ') < 0) {
      return place;
    }
    for (String word : place.split(" ")) {
      if (gazetteer.contains(word)) {
        return word;
      }
    }
    return place;
  }

  /**
   * The place a nisba adjective names: اللبنانية and لبناني → لبنان، المصرية → مصر، السوري → سوريا،
   * السعودي → السعودية. The stem (ال and the ending ي/ية/يه taken off) is looked up as it is, with
   * ال, with a final ا, and with ال and the ending ية.
   */
  static @Nullable String placeOfAdjective(String word, Gazetteer gazetteer) {
    String base = word.startsWith(AL) ? word.substring(2) : word;
    String stem;
    if (base.endsWith("\u064A\u0629") || base.endsWith("\u064A\u0647")) {
      stem = base.substring(0, base.length() - 2);
    } else if (base.endsWith("\u064A")) {
      stem = base.substring(0, base.length() - 1);
    } else {
      return null;
    }
    if (stem.length() < 2) {
      return null;
    }
    for (String candidate : new String[] {stem, AL + stem, stem + "\u0627", AL + stem + "\u064A\u0629"}) {
      String key = ArabicNormalizer.searchKey(candidate);
      if (gazetteer.contains(key)) {
        return shortName(key, gazetteer);
      }
    }
    return null;
  }

  private static boolean isPersonTitle(List<String> readings) {
    for (String r : readings) {
      if (FactWords.isPersonTitle(r)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlaceNoun(List<String> readings) {
    for (String r : readings) {
      if (FactWords.isPlaceNoun(r) || (r.startsWith(AL) && FactWords.isPlaceNoun(r.substring(2)))) {
        return true;
      }
    }
    return false;
  }

  /** The paragraph's search-form tokens: runs of letters and runs of digits, in order. */
  static List<String> tokens(String paragraph) {
    String key = ArabicNormalizer.searchKey(paragraph);
    List<String> tokens = new ArrayList<>();
    int start = -1;
    boolean digits = false;
    for (int i = 0; i <= key.length(); ) {
      int cp = i < key.length() ? key.codePointAt(i) : ' ';
      boolean letter = Character.isLetter(cp);
      boolean digit = cp >= '0' && cp <= '9';
      if (start >= 0 && !((letter && !digits) || (digit && digits))) {
        tokens.add(key.substring(start, i));
        start = -1;
      }
      if (start < 0 && (letter || digit)) {
        start = i;
        digits = digit;
      }
      i += i < key.length() ? Character.charCount(cp) : 1;
    }
    return tokens;
  }

  private static boolean isNumber(String token) {
    char c = token.charAt(0);
    return c >= '0' && c <= '9';
  }

  private static String stripZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  /** Collects packed slot values up to {@link Facts#MAX_FACTS}. */
  private static final class Sink {
    private final long[] packed = new long[Facts.MAX_FACTS];
    private final @Nullable List<String> lines;
    private int count;

    Sink(@Nullable List<String> lines) {
      this.lines = lines;
    }

    void add(Kind kind, String slot, String value) {
      if (count < packed.length) {
        if (lines != null) {
          lines.add(kind + " " + slot + "=" + value);
        }
        int s = (int) StoryTerms.hash(kind.name() + '\u0001' + slot);
        int v = (int) StoryTerms.hash(value);
        packed[count++] = Facts.pack(s, v);
      }
    }

    boolean full() {
      return count == packed.length;
    }

    Facts facts() {
      return Facts.of(packed, count);
    }
  }
}
