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

  /** Ad labels alone on a line, in their search form. */
  private static final Set<String> AD_LABELS = Set.of(
      "اعلان", "اعلانات", "مساحه اعلانيه", "اعلان ممول", "محتوي ممول", "محتوى ممول", "مساحه اعلانات",
      "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content", "publicite");

  private static final Pattern COPYRIGHT = Pattern.compile(
      "[©\u24b8]|\\(c\\)\\s*\\d{4}|copyright|all rights reserved|جميع الحقوق محفوظه|كل الحقوق محفوظه"
          + "|حقوق (?:النشر|الطبع|الملكيه)(?: \\S+)? محفوظه|الحقوق محفوظه");

  /**
   * Labels of the metadata segments of an info line: publication date, reads, source, section,
   * author, comments, update. Written once in their search form.
   */
  private static final Pattern INFO_LABEL = Pattern.compile(
      "^(?:نشر في|نشر بتاريخ|بتاريخ|تاريخ النشر|تاريخ الاضافه|تاريخ الخبر|تم النشر(?: في)?|اخر تحديث|تحديث"
          + "|عدد القراءات|عدد المشاهدات|القراءات|المشاهدات|الزيارات|المصدر|القسم|التصنيف|الكاتب|بقلم|التعليقات|عدد التعليقات"
          + "|published(?: on)?|posted(?: on)?|updated|views|source|section|category|comments|by)\\s*[:：]");

  /** Date labels whose value is the publication date, for {@link #publishedText}. */
  private static final Pattern DATE_LABEL = Pattern.compile(
      "(?:نشر في|نشر بتاريخ|بتاريخ|تاريخ النشر|تاريخ الاضافه|تاريخ الخبر|تم النشر(?: في)?|published(?: on)?|posted(?: on)?)"
          + "\\s*[:：]\\s*([^|]{4,60})");

  private static final Pattern SEGMENT_SPLIT = Pattern.compile("\\s*[|\u2502\u00a6]\\s*");

  /** Any of the shapes: counter, ad label, copyright line, info line. */
  static boolean isFurniture(String text) {
    if (text.length() > MAX_SHAPE_CHARS || text.isBlank()) {
      return false;
    }
    String key = key(text);
    return isCounter(key) || AD_LABELS.contains(key.replaceAll("[\\p{P}\\s]+$", "")) || isCopyright(key) || isInfoLine(key);
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
   * A line of two or more segments split by bars, at least two of them labelled metadata and
   * none of them a sentence ("site - city : | نشر في: 12/03/2024 | عدد القراءات: 153").
   */
  static boolean isInfoLine(String key) {
    String[] segments = SEGMENT_SPLIT.split(key.strip());
    if (segments.length < 2) {
      return false;
    }
    int labelled = 0;
    for (String s : segments) {
      if (INFO_LABEL.matcher(s).find() || isCounter(s)) {
        labelled++;
      } else if (s.split(" ").length > 8) {
        return false;
      }
    }
    return labelled >= 2 || labelled == 1 && segments.length == 2 && segments[1].length() < 40;
  }

  /** The text of the labelled publication date in a line ("نشر في: 12/03/2024"), as printed, or null. */
  static @Nullable String publishedText(String text) {
    if (text.length() > MAX_SHAPE_CHARS) {
      return null;
    }
    AlignedText folded = ArabicNormalizer.search(text);
    // The search form is lower-cased already, and keeps one offset per char for the alignment.
    Matcher m = DATE_LABEL.matcher(folded.text());
    if (!m.find()) {
      return null;
    }
    // Cut from the original through the alignment, so the date's letters and digits stay as printed.
    Span span = folded.toOriginal(m.start(1), m.end(1));
    return text.substring(span.start(), span.end()).strip();
  }

  /** The search form, lower-cased, whitespace collapsed. */
  static String key(String text) {
    return ArabicNormalizer.searchKey(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
