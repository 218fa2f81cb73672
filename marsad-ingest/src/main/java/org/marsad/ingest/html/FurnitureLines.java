package org.marsad.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.normalize.AlignedText;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.model.Span;

/**
 * Shapes of furniture lines that no list of stock phrases can hold, because each site words them
 * its own way: a view counter (a number and a counter word, "1٬254 مشاهدة", "عدد القراءات: 300",
 * "(4071) قراءة"), an ad label alone on its line ("إعلان", "Advertisement"), a copyright or
 * rights-reserved line, and an info line made of labelled metadata segments ("الموقع - المدينة : |
 * نشر في: 12/03/2024 | عدد القراءات: 153"). Lines are compared on their search form, so hamza,
 * ta marbuta and Arabic-Indic digits need one spelling. These shapes carry a site's first page,
 * before {@link SiteFurniture} has seen anything repeat. Stateless and thread-safe.
 */
final class FurnitureLines {
  private FurnitureLines() {}

  /** Longer lines are prose that may mention a counter or rights; furniture lines are short. */
  private static final int MAX_SHAPE_CHARS = 150;

  /** A number as sites print it: digits with thousands separators (Latin, Arabic ٬ and ،). */
  private static final String NUMBER = "\\d[\\d.,\u066b\u066c\u060c' ]*";
  /** Counter words after the number ("300 قراءة", "1.2k views"): reads, views, visits, times. */
  private static final String COUNTER_WORD =
      "(?:مشاهده|مشاهدات|قراءه|قراءات|زياره|زيارات|مره|مرات|views?|reads?|visits?|hits)";
  /** Counter labels before the number ("عدد القراءات: 300", "Views: 1,204"). */
  private static final String COUNTER_LABEL = "(?:(?:عدد|مرات) )?(?:القراءات|القراءه|المشاهدات|المشاهده|الزيارات|الزوار|القراء)"
      + "|(?:page )?views|reads|hits|visits";
  private static final Pattern COUNTER = Pattern.compile(
      "[(\\[]?" + NUMBER + "[)\\]]?\\s*" + COUNTER_WORD
          + "|(?:" + COUNTER_LABEL + ")\\s*[:：]?\\s*[(\\[]?" + NUMBER + "[)\\]]?"
          + "|(?:شوهد|قرئ|قري|قرئت|شوهدت)\\s+" + NUMBER + "\\s*(?:مره|مرات)?");

  private static final int MAX_INVITE_CHARS = 120;
  private static final int MAX_INVITE_WORDS = 16;
  /**
   * First words of invitations, in their search form: follow, join, subscribe, download. Only the
   * plural imperatives and "to follow" forms: the singular past tense ("تابع", "انضم", "حمل")
   * starts sentences of news.
   */
  private static final Set<String> INVITE_WORDS = Set.of(
      "تابعونا", "تابعوا", "تابعنا", "انضموا", "اشتركوا", "حملوا", "نزلوا", "لمتابعه", "للاشتراك", "للانضمام", "لتحميل",
      "follow", "join", "subscribe", "download");
  /** Places an invitation sends the reader to ("تطبيق" alone also means enforcement: only the site's app). */
  private static final Pattern PLATFORM = Pattern.compile(
      "تلغرام|تليغرام|تليجرام|telegram|واتساب|واتس اب|whatsapp|فيسبوك|فيس بوك|facebook|تويتر|twitter|يوتيوب|youtube"
          + "|انستغرام|انستجرام|انستقرام|instagram|تيك توك|tiktok|جوجل نيوز|google news|تطبيقنا|تطبيق (?:ال)?(?:موقع|صحيفه|جريده)"
          + "|\\bapp\\b|قناتنا|صفحتنا|حساباتنا|حسابنا|منصاتنا|النشره البريديه|القائمه البريديه|newsletter|اضغط هنا|انقر هنا|click here");

  /** Ad labels are a few words ("مساحة إعلانية", "sponsored content"), with a dash or an icon around. */
  private static final int MAX_AD_LABEL_CHARS = 24;
  /** Ad labels alone on a line, in their search form. */
  private static final Set<String> AD_LABELS = Set.of(
      "اعلان", "اعلانات", "مساحه اعلانيه", "اعلان ممول", "محتوي ممول", "محتوى ممول", "مساحه اعلانات",
      // As printed, so that most labels are found without the search form.
      "إعلان", "إعلانات", "مساحة إعلانية", "إعلان ممول", "مساحة إعلانات",
      "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content", "publicite");

  private static final Pattern COPYRIGHT = Pattern.compile(
      "[©\u24b8]|\\(c\\)\\s*\\d{4}|copyright|all rights reserved|جميع الحقوق محفوظه|كل الحقوق محفوظه"
          + "|حقوق (?:النشر|الطبع|الملكيه)(?: \\S+)? محفوظه|الحقوق محفوظه");

  /**
   * Labels of the metadata segments of an info line: publication date, reads, source, section,
   * author, comments, update. Written once in their search form.
   */
  private static final String DATE_LABELS =
      "نشر في|نشر بتاريخ|بتاريخ|تاريخ النشر|تاريخ الاضافه|تاريخ الخبر|تم النشر(?: في)?|التاريخ|published(?: on)?|posted(?: on)?|date";
  private static final String AUTHOR_LABELS = "بقلم|الكاتب|الكاتبه|كتب|كتبت|المحرر|اعداد|by|author|written by";
  private static final String INFO_LABELS = DATE_LABELS + "|" + AUTHOR_LABELS
      + "|اخر تحديث|تحديث|عدد القراءات|عدد المشاهدات|عدد الزيارات|القراءات|المشاهدات|الزيارات|المصدر|القسم|التصنيف"
      + "|التعليقات|عدد التعليقات|updated|views|source|section|category|comments";
  /** A label with its colon, at the line's start or after a space or a separator. */
  private static final Pattern INFO_LABEL = Pattern.compile("(?:^|(?<=[\\s|\u2502\u00a6\u2022\u00b7\\-]))(?:" + INFO_LABELS + ")\\s*[:：]");
  /** A label's value: up to the next separator or the next label. */
  private static final String VALUE = "((?:(?!(?:" + INFO_LABELS + ")\\s*[:：])[^|\u2502\u00a6\u2022\u00b7]){2,60})";
  private static final Pattern DATE_VALUE = Pattern.compile("(?:" + DATE_LABELS + ")\\s*[:：]\\s*" + VALUE);
  private static final Pattern AUTHOR_VALUE = Pattern.compile("(?:^|(?<=[\\s|\u2502\u00a6\u2022\u00b7]))(?:" + AUTHOR_LABELS + ")\\s*[:：]\\s*" + VALUE);

  private static final Pattern SEGMENT_SPLIT = Pattern.compile("\\s*[|\u2502\u00a6\u2022\u00b7]\\s*|\\s+[-\u2013]\\s+");

  /** Any of the shapes: counter, ad label, copyright line, info line, invitation. */
  static boolean isFurniture(String text) {
    if (text.length() > MAX_SHAPE_CHARS || text.isBlank()) {
      return false;
    }
    // Icons and dashes around a label ("- إعلان -", "👁 1٬254 مشاهدة") are not part of it.
    if (text.length() <= MAX_AD_LABEL_CHARS && AD_LABELS.contains(bare(text.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    if (isInvite(text)) {
      return true;
    }
    if (!mayBeFurniture(text)) {
      return false;
    }
    String key = key(text);
    return isCounter(bare(key)) || AD_LABELS.contains(bare(key)) || isCopyright(key) || isInfoLine(key);
  }

  /**
   * An invitation to follow the site somewhere else: an imperative or "to follow" word first and
   * a platform or channel named ("تابعونا على تلغرام", "حمّل تطبيق الموقع", "لمتابعة أخبارنا عبر جوجل
   * نيوز اضغط هنا", "Follow us on Facebook"), in a short line.
   */
  static boolean isInvite(String text) {
    if (text.length() > MAX_INVITE_CHARS) {
      return false;
    }
    int start = 0;
    while (start < text.length() && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf(' ', start);
    String first = key(text.substring(start, end < 0 ? text.length() : end));
    if (!INVITE_WORDS.contains(first)) {
      return false;
    }
    String key = key(text);
    return key.split(" ").length <= MAX_INVITE_WORDS && PLATFORM.matcher(key).find();
  }

  /** Without the punctuation, symbols (icons) and spaces around it; brackets around a number stay. */
  private static String bare(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isTrim(text.codePointAt(start), '(', '[')) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isTrim(text.codePointBefore(end), ')', ']')) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  private static boolean isTrim(int c, char keep1, char keep2) {
    // Marks (harakat) belong to the letter before them.
    return c != keep1 && c != keep2 && !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK;
  }

  /**
   * Whether a shape other than a plain ad label could match, tested on the raw text so that most
   * lines skip the search form: a counter has a digit, an info line a colon or a bar, a rights
   * line its sign or word, and a label spelled with diacritics is short.
   */
  private static boolean mayBeFurniture(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || c == ':' || c == '|' || c == '\uff1a' || c == '\u00a9' || c == '\u24b8') {
        return true;
      }
    }
    return text.length() <= MAX_AD_LABEL_CHARS || text.contains("\u062d\u0642\u0648\u0642")
        || text.toLowerCase(Locale.ROOT).contains("right");
  }

  /** "1٬254 مشاهدة", "عدد القراءات: 300", "(4071) قراءة": the whole line is a counter. */
  static boolean isCounter(String key) {
    return COUNTER.matcher(key.replaceAll("[\\s\\p{P}&&[^()\\[\\]]]+$", "")).matches();
  }

  /** A © or rights-reserved line; its words are the line, not a mention inside prose. */
  static boolean isCopyright(String key) {
    return COPYRIGHT.matcher(key).find() && key.split(" ").length <= 16;
  }

  /**
   * A line of labelled metadata ("site - city : | نشر في: 12/03/2024 | عدد القراءات: 153",
   * "الكاتب: فلان التاريخ: 3 مايو 2024"): two labels or more, and whatever is not labelled is a
   * few words (the site, the city), never a sentence.
   */
  static boolean isInfoLine(String key) {
    Matcher labels = INFO_LABEL.matcher(key);
    int labelled = 0;
    while (labels.find()) {
      labelled++;
    }
    if (labelled == 0 || TextScores.endsSentence(key) && !key.endsWith(":")) {
      return false;
    }
    String[] segments = SEGMENT_SPLIT.split(key.strip());
    int counters = 0;
    for (String s : segments) {
      if (!INFO_LABEL.matcher(s).find() && s.split(" ").length > 8) {
        return false;
      }
      counters += isCounter(s) ? 1 : 0;
    }
    return labelled + counters >= 2;
  }

  /** The text of the labelled publication date in a line ("نشر في: 12/03/2024"), as printed, or null. */
  static @Nullable String publishedText(String text) {
    return value(text, DATE_VALUE);
  }

  /** The name after an author label in a line ("الكاتب: محمد علي | …"), as printed, or null. */
  static @Nullable String authorText(String text) {
    return value(text, AUTHOR_VALUE);
  }

  private static @Nullable String value(String text, Pattern labelled) {
    if (text.length() > MAX_SHAPE_CHARS) {
      return null;
    }
    AlignedText folded = ArabicNormalizer.search(text);
    // The search form is lower-cased already, and keeps one offset per char for the alignment.
    Matcher m = labelled.matcher(folded.text());
    if (!m.find()) {
      return null;
    }
    // Cut from the original through the alignment, so letters and digits stay as printed.
    Span span = folded.toOriginal(m.start(1), m.end(1));
    String value = text.substring(span.start(), span.end()).strip();
    return value.isEmpty() ? null : value;
  }

  /** The search form, lower-cased, whitespace collapsed. */
  static String key(String text) {
    return ArabicNormalizer.searchKey(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
