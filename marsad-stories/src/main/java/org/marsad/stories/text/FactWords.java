package org.marsad.stories.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.normalize.ArabicNormalizer;

/**
 * The closed word lists {@link ArticleFacts} reads facts with, in search form: words that
 * introduce a person's or a place's name (titles, ranks, roles; district, province, village…),
 * the days of the week and the month names of the Gregorian (both Arabic naming systems) and
 * Hijri calendars, and the patronymic particles a name skips. Closed classes of Arabic, not
 * names of any corpus: a release template fills the slot after them with what distinguishes one
 * release from its siblings. Thread-safe.
 */
final class FactWords {
  /** Words after which a person's name follows (a title may follow another: فخامة الرئيس). */
  private static final Set<String> PERSON_TITLES = fold(List.of(
      "الأمير", "الأميرة", "الملك", "الملكة", "الرئيس", "الرئيسة", "الشيخ", "الشيخة", "السلطان", "الأمين",
      "المواطن", "المواطنة", "المقيم", "المقيمة", "المدعو", "المدعوة", "السيد", "السيدة", "الدكتور",
      "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "اللواء", "العميد", "العقيد", "المقدم",
      "الرائد", "النقيب", "الملازم", "الرقيب", "العريف", "الجندي", "الفريق", "المشير", "معالي", "فخامة",
      "سمو", "سماحة", "دولة", "السفير", "السفيرة", "القنصل", "الوزير", "الوزيرة", "الإمام", "الفنان",
      "الفنانة", "اللاعب", "اللاعبة", "المدرب", "الطفل", "الطفلة", "الشاب", "الشابة", "الجاني", "المتهم",
      "القتيل", "الضحية", "الشهيد", "المحافظ", "القاضي", "المفتي", "الكاتب", "الشاعر", "الإعلامي"));

  /** Words after which a place's name follows. */
  private static final Set<String> PLACE_NOUNS = fold(List.of(
      "حي", "محافظة", "مدينة", "قرية", "بلدة", "مركز", "منطقة", "شارع", "طريق", "ميدان", "جامع", "مسجد",
      "مستشفى", "جامعة", "مدرسة", "ميناء", "مطار", "سجن", "هجرة", "جزيرة", "ولاية", "إقليم", "مقاطعة",
      "جمهورية", "مملكة", "إمارة", "سلطنة", "دولة"));

  /**
   * Day and month names to what they name, so that spellings and naming systems meet: آب and
   * أغسطس are both the eighth month. A value is a letter (d day of the week, m Gregorian month,
   * h Hijri month) and a number. Months of two words (كانون الثاني، ربيع الأول، جمادى الآخرة,
   * ذو القعدة) are keyed by their first word and told apart by the second: see {@link #calendar}.
   */
  private static final Map<String, String> CALENDAR = calendarNames();

  /** The second words of two-word months: the first (الأول) or second (الثاني، الآخر، الآخرة). */
  private static final Set<String> FIRST_OF_TWO = fold(List.of("الأول", "الأولى", "أول"));
  private static final Set<String> SECOND_OF_TWO = fold(List.of("الثاني", "الآخر", "الآخرة", "الثانية", "ثاني"));

  /** Particles inside a name that carry nothing of it: بن، ابن، بنت، آل، أبو. */
  private static final Set<String> NAME_PARTICLES = fold(List.of("بن", "ابن", "بنت", "آل", "أبو", "أبا", "أبي"));

  private FactWords() {}

  static boolean isPersonTitle(String word) {
    return PERSON_TITLES.contains(word);
  }

  static boolean isPlaceNoun(String word) {
    return PLACE_NOUNS.contains(word);
  }

  /**
   * What a day or month name names ({@code d1}…{@code d7}, {@code m1}…{@code m12}, {@code
   * h1}…{@code h12}), given the word after it for months of two words; null for other words.
   */
  static @Nullable String calendar(String word, @Nullable String next) {
    String value = CALENDAR.get(word);
    if (value == null || value.indexOf('|') < 0) {
      return value;
    }
    // Two-word months: "first|second" values told apart by the next word.
    String[] pair = value.split("\\|");
    if (next != null && SECOND_OF_TWO.contains(next)) {
      return pair[1];
    }
    return next != null && FIRST_OF_TWO.contains(next) ? pair[0] : pair[0] + "?";
  }

  /** Whether {@link #calendar} took the next word as part of a two-word month. */
  static boolean takesNext(String word, @Nullable String next) {
    String value = CALENDAR.get(word);
    return value != null && value.indexOf('|') >= 0 && next != null
        && (FIRST_OF_TWO.contains(next) || SECOND_OF_TWO.contains(next));
  }

  private static Map<String, String> calendarNames() {
    Map<String, String> names = new HashMap<>();
    String[] days = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};
    for (int i = 0; i < days.length; i++) {
      names.put(key(days[i]), "d" + (i + 1));
    }
    names.put(key("الإثنين"), "d2");
    String[] months = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    for (int i = 0; i < months.length; i++) {
      names.put(key(months[i]), "m" + (i + 1));
    }
    names.put(key("إبريل"), "m4");
    String[] levant = {null, "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", null, null, null};
    for (int i = 0; i < levant.length; i++) {
      if (levant[i] != null) {
        names.put(key(levant[i]), "m" + (i + 1));
      }
    }
    names.put(key("تشرين"), "m10|m11");
    names.put(key("كانون"), "m12|m1");
    String[] hijri = {"محرم", "صفر", null, null, null, null, "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة"};
    for (int i = 0; i < hijri.length; i++) {
      if (hijri[i] != null) {
        names.put(key(hijri[i]), "h" + (i + 1));
      }
    }
    names.put(key("ربيع"), "h3|h4");
    names.put(key("جمادى"), "h5|h6");
    return Map.copyOf(names);
  }

  private static String key(String word) {
    return ArabicNormalizer.searchKey(word).strip();
  }

  /**
   * Whether the word can be a name's: not a stop word, not ال behind a preposition or conjunction
   * (للشؤون، بالمملكة، والوزير are words of the sentence that goes on after a title).
   */
  static boolean canBeName(String word) {
    return word.length() >= 2 && StoryTerms.stem(word) != null && !CLITIC_AL.matcher(word).lookingAt();
  }

  /** لل، بال، كال، وال، فال، وبال، ولل… at the start of a word: ال with a clitic before it. */
  private static final Pattern CLITIC_AL = Pattern.compile("^(?:[\u0648\u0641]?\u0644\u0644|[\u0648\u0641]?[\u0628\u0643]\u0627\u0644|[\u0648\u0641]\u0627\u0644)");

  static boolean isNameParticle(String word) {
    return NAME_PARTICLES.contains(word);
  }

  private static Set<String> fold(List<String> words) {
    Set<String> folded = new HashSet<>();
    for (String w : words) {
      folded.add(ArabicNormalizer.searchKey(w).strip());
    }
    return Set.copyOf(folded);
  }
}
