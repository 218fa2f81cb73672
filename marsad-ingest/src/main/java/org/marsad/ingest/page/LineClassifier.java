package org.marsad.ingest.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.arabic.dates.DateMention;
import org.marsad.ingest.page.PageLexicon.Kind;
import org.marsad.model.Credit;
import org.marsad.model.Credit.Role;

/**
 * Tells what each line of a scraped page is: running text, page furniture, a read-also marker, a
 * tag list, a credit or date line, or a wire chain. Thread-safe.
 */
final class LineClassifier {
  /** Credit values longer than this are sentences, not names. */
  private static final int MAX_NAME_WORDS = 8;

  /** Lines of furniture that start with a prompt are short; a long one is a paragraph that quotes it. */
  private static final int MAX_FURNITURE_LEAD_WORDS = 15;
  private static final int MAX_MASTHEAD_WORDS = 10;
  private static final int MAX_INFO_LINE_WORDS = 16;
  private static final int MAX_SEGMENT_WORDS = 6;
  private static final Pattern INFO_SEPARATOR = Pattern.compile("\\s+[|•·]\\s+");
  private static final Pattern COPYRIGHT = Pattern.compile("\\s*(©|\\(c\\)\\s|ⓒ)", Pattern.CASE_INSENSITIVE);
  /** "منذ 4 ساعات", "قبل يومين", "8 سنوات مضت": an age, which is no publication date, alone on a line. */
  private static final Pattern RELATIVE_AGE =
      Pattern.compile(
          "^(?:(?:منذ|قبل)\\s*(?:[0-9٠-٩]+\\s*)?\\S+|[0-9٠-٩]+\\s*\\S+\\s+(?:مضت|مضى))\\s*$");
  private static final Pattern ZONE = Pattern.compile("(?:ب|حسب |وفق )توقيت\\s+\\S+(?:\\s+المحلي)?|\\b(?:GMT|UTC)\\b");
  /** Words that stand around a date on a date line without adding to it. */
  private static final Set<String> TIME_WORDS = Set.of("الساعه", "في", "-", "م", "ص", "مـ", "صـ", "مساء", "صباحا", "ظهرا", "يوم");
  private static final Kind[] LABELS = {
    Kind.DATE_LABEL, Kind.SOURCE_LABEL, Kind.PREPARER_LABEL, Kind.AUTHOR_LABEL, Kind.COUNTER_LABEL
  };

  private final PageLexicon lexicon;
  private final ArabicDateParser dates;
  private final CreditLines creditLines;

  LineClassifier(PageLexicon lexicon, ArabicDateParser dates) {
    this.lexicon = lexicon;
    this.dates = dates;
    this.creditLines = new CreditLines(lexicon);
  }

  LineFacts classify(PageLine line) {
    return classify(line, SiteTemplate.NONE);
  }

  /**
   * What the line is on a page of {@code site}: credit and date shapes first (a site repeats its
   * credit line on every page), then a bare outlet name that the site's credit lines use, then the
   * site's template lines, which are furniture.
   */
  LineFacts classify(PageLine line, SiteTemplate site) {
    LineFacts general = classifyAlone(line);
    if (general.kind() != LineFacts.Kind.TEXT) {
      return general;
    }
    String key = PageLexicon.key(line.text());
    String outlet = site.outlet(key);
    if (outlet != null && line.wordCount() <= CreditLines.MAX_OUTLET_WORDS) {
      return new LineFacts(LineFacts.Kind.META, null, false, List.of(new Credit(Role.SOURCE, outlet)), "");
    }
    return site.isRepeated(key) ? LineFacts.of(LineFacts.Kind.FURNITURE, "") : general;
  }

  /** Whether the line is furniture only because its site repeats it (it would be text alone). */
  boolean isTemplateLine(PageLine line, SiteTemplate site) {
    String key = PageLexicon.key(line.text());
    return site.isRepeated(key) && site.outlet(key) == null && classifyAlone(line).kind() == LineFacts.Kind.TEXT;
  }

  private LineFacts classifyAlone(PageLine line) {
    if (line.isBlank()) {
      return LineFacts.of(LineFacts.Kind.FURNITURE, "");
    }
    // Before furniture: "اقرأ أيضا" alone on a line is a button on some pages and a marker here.
    int readAlso = lexicon.matchWords(Kind.READ_ALSO, line.keys(), 0);
    if (readAlso > 0 && (readAlso == line.wordCount() || labelEnds(line, readAlso))) {
      return LineFacts.of(LineFacts.Kind.READ_ALSO, stripSeparators(line.textFromWord(readAlso)));
    }
    if (isFurniture(line.keys(), 0) || isFurnitureLead(line) || RELATIVE_AGE.matcher(line.text()).matches()) {
      return LineFacts.of(LineFacts.Kind.FURNITURE, "");
    }
    int tags = lexicon.matchWords(Kind.TAGS_LABEL, line.keys(), 0);
    if (tags > 0 && labelEnds(line, tags)) {
      return LineFacts.of(LineFacts.Kind.TAGS, stripSeparators(line.textFromWord(tags)));
    }
    LineFacts meta = metadata(line);
    if (meta != null) {
      return meta;
    }
    List<String> chain = creditLines.wireChain(line);
    if (!chain.isEmpty()) {
      return new LineFacts(LineFacts.Kind.WIRE, null, false, chain.stream().map(n -> new Credit(Role.WIRE, n)).toList(), "");
    }
    LineFacts outlet = creditLines.outletLine(line);
    return outlet != null ? outlet : LineFacts.text();
  }

  /** A short line that starts like an account prompt, a greeting, an invitation or a copyright line. */
  private boolean isFurnitureLead(PageLine line) {
    if (line.wordCount() > MAX_FURNITURE_LEAD_WORDS) {
      return false;
    }
    int first = line.keys().get(0).isEmpty() && line.wordCount() > 1 ? 1 : 0;
    return lexicon.matchWords(Kind.FURNITURE_LEAD, line.keys(), first) > 0
        || COPYRIGHT.matcher(line.text()).lookingAt()
        || isMasthead(line);
  }

  /** A short line that names the editor-in-chief or the board: the masthead, even glued ("التحريرعبد"). */
  private boolean isMasthead(PageLine line) {
    String key = String.join(" ", line.keys());
    return line.wordCount() <= MAX_MASTHEAD_WORDS && lexicon.phrases(Kind.MASTHEAD).stream().anyMatch(key::contains);
  }

  /** Whether the words from {@code from} on are all page furniture. */
  boolean isFurniture(List<String> keys, int from) {
    int i = from;
    while (i < keys.size()) {
      if (keys.get(i).isEmpty()) {
        i++;
        continue;
      }
      int m = lexicon.matchWords(Kind.FURNITURE, keys, i);
      if (m == 0) {
        return false;
      }
      i += m;
    }
    return true;
  }

  /** A line made of labelled segments ("آخر تحديث ... - المصدر: ..."), or an unlabelled date line. */
  private @Nullable LineFacts metadata(PageLine line) {
    List<int[]> segments = labelSegments(line);
    if (segments.isEmpty()) {
      return dateLine(line);
    }
    DateMention date = null;
    boolean labelled = false;
    List<Credit> credits = new ArrayList<>();
    int firstLabel = segments.get(0)[0];
    if (firstLabel > 0) {
      // Words before the first label are a date ("الأحد 24 نوفمبر 2024 - المصدر: X") or a
      // dateline of the outlet ("اخبار الساعة - عدن بتاريخ: ...").
      String lead = line.textOfWords(0, firstLabel);
      DateMention leadDate = onlyDate(lead);
      boolean separated = isSeparator(line.words().get(firstLabel - 1));
      String outlet = leadDate == null ? creditLines.datelineOutlet(lead, separated) : null;
      if (leadDate == null && outlet == null) {
        return null;
      }
      date = leadDate;
      if (outlet != null) {
        credits.add(new Credit(Role.SOURCE, outlet));
      }
    }
    for (int[] seg : segments) {
      Kind kind = Kind.values()[seg[2]];
      String value = valueOf(line, seg);
      if (kind == Kind.COUNTER_LABEL) {
        continue;
      }
      if (kind == Kind.DATE_LABEL) {
        DateMention d = firstDate(value);
        if (d == null) {
          return segments.size() == 1 ? null : LineFacts.text();
        }
        if (date == null || !labelled) {
          date = d;
          labelled = true;
        }
      } else {
        String name = cleanName(value);
        if (name.isEmpty() || name.split("\\s+").length > MAX_NAME_WORDS) {
          return null;
        }
        credits.add(new Credit(roleOf(kind), kind == Kind.SOURCE_LABEL ? Outlets.clean(name) : name));
        // "المصدر: رويترز": a source that is an agency is the article's wire too.
        if (kind == Kind.SOURCE_LABEL && lexicon.contains(Kind.AGENCY, name)) {
          credits.add(new Credit(Role.WIRE, name));
        }
      }
    }
    return new LineFacts(LineFacts.Kind.META, date, labelled, credits, "");
  }

  /** Segments {@code [fromWord, toWord, kind ordinal]} starting at labels, in line order. */
  private List<int[]> labelSegments(PageLine line) {
    List<int[]> found = new ArrayList<>();
    List<String> keys = line.keys();
    for (int i = 0; i < keys.size(); i++) {
      // Labels follow a separator; a date label closed by ":" may follow a dateline word too
      // ("اخبار الساعة - عدن بتاريخ: 23-06-2016"), and then what stands before it is checked.
      boolean afterSeparator = i == 0 || isSeparator(line.words().get(i - 1));
      for (Kind kind : LABELS) {
        int m = lexicon.matchWords(kind, keys, i);
        boolean placed = afterSeparator || (kind == Kind.DATE_LABEL && m > 0 && labelEnds(line, i + m) && found.isEmpty());
        if (m > 0 && placed && acceptsLabel(line, kind, i, m)) {
          if (!found.isEmpty()) {
            found.get(found.size() - 1)[1] = i;
          }
          found.add(new int[] {i, keys.size(), kind.ordinal(), i + m});
          i += m - 1;
          break;
        }
      }
    }
    return found;
  }

  /** Strong labels may stand without punctuation; words that are also common need ":" or "/". */
  private boolean acceptsLabel(PageLine line, Kind kind, int at, int length) {
    if (at + length >= line.wordCount()) {
      return false;
    }
    boolean separated = labelEnds(line, at + length);
    return switch (kind) {
      case DATE_LABEL, COUNTER_LABEL -> true;
      case AUTHOR_LABEL -> separated || line.keys().get(at).equals("بقلم") || line.wordCount() <= 5;
      // "المصدر الأول لأخبار اليمن" is a slogan, not a credit: unseparated labels stand in short lines.
      // A label of three words or more ("هذا المحتوى مقدم من") is distinctive enough alone.
      default -> separated || line.wordCount() <= 3 || length >= 3;
    };
  }

  private static String valueOf(PageLine line, int[] seg) {
    return stripSeparators(line.textOfWords(seg[3], seg[1]));
  }

  private String cleanName(String value) {
    PageLine v = PageLine.of(0, value);
    int end = v.wordCount();
    while (end > 0 && isFurniture(v.keys().subList(end - 1, end), 0)) {
      end--;
    }
    // Furniture phrases of several words ("اقرأ المزيد") are cut from the end as a whole.
    for (int i = 0; i < end; i++) {
      if (isFurniture(v.keys(), i)) {
        end = i;
        break;
      }
    }
    return stripSeparators(v.textOfWords(0, end));
  }

  /**
   * A line that is a date, or a short line of segments divided by bars or bullets one of which is
   * a date ("سياسة | الأحد 12 مايو 2024 | 10:30"), as article info lines print them.
   */
  private @Nullable LineFacts dateLine(PageLine line) {
    DateMention d = onlyDate(line.text());
    if (d == null && line.wordCount() <= MAX_INFO_LINE_WORDS) {
      String[] segments = INFO_SEPARATOR.split(line.text());
      boolean allShort = segments.length > 1 && Arrays.stream(segments).allMatch(x -> x.strip().split("\\s+").length <= MAX_SEGMENT_WORDS);
      for (int i = 0; allShort && d == null && i < segments.length; i++) {
        d = onlyDate(segments[i]);
      }
    }
    return d == null ? null : new LineFacts(LineFacts.Kind.META, d, false, List.of(), "");
  }

  /** The date of a text that holds nothing else but weekday words, times and separators. */
  private @Nullable DateMention onlyDate(String text) {
    List<DateMention> found = dates.findAll(text);
    if (found.isEmpty()) {
      return null;
    }
    DateMention d = found.get(0);
    String rest = text.substring(0, d.span().start()) + " " + text.substring(d.span().end());
    // A time zone the date parser does not know ("بتوقيت اليمن") still only qualifies the date.
    rest = ZONE.matcher(rest).replaceAll(" ");
    long words = PageLine.of(0, rest).keys().stream().filter(k -> !k.isEmpty() && !isDateFiller(k)).count();
    return words <= 1 ? d : null;
  }

  private @Nullable DateMention firstDate(String value) {
    List<DateMention> found = dates.findAll(value);
    if (found.isEmpty()) {
      return null;
    }
    DateMention d = found.get(0);
    long before = PageLine.of(0, value.substring(0, d.span().start())).keys().stream().filter(k -> !isDateFiller(k)).count();
    return before <= 1 ? d : null;
  }

  private static boolean isDateFiller(String key) {
    return key.isEmpty() || Weekdays.isWeekday(key) || TIME_WORDS.contains(key);
  }

  static boolean isSeparator(String word) {
    return word.matches("[-–—|/:•·،,]+") || word.endsWith("-") || word.endsWith("|") || word.endsWith("/") || word.endsWith("،");
  }

  /** Whether the label of {@code length} words is closed by ":" or "/" (on its last word or next). */
  static boolean labelEnds(PageLine line, int length) {
    String last = line.words().get(length - 1);
    if (last.endsWith(":") || last.endsWith("/") || last.endsWith("：")) {
      return true;
    }
    return length < line.wordCount() && line.words().get(length).matches("[:/：\\-–]+.*");
  }

  static String stripSeparators(String text) {
    String t = text.replaceAll("^[\\s:：/\\-–—|•·،,]+", "").replaceAll("[\\s:：/\\-–—|•·،,]+$", "").strip();
    // "(المصدر: X)": a parenthesis left open at one end of a value belongs to the other end.
    if (t.endsWith(")") && !t.contains("(")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.startsWith("(") && !t.contains(")")) {
      t = t.substring(1).strip();
    }
    return t;
  }

  private static Role roleOf(Kind kind) {
    return switch (kind) {
      case SOURCE_LABEL -> Role.SOURCE;
      case PREPARER_LABEL -> Role.PREPARER;
      case AUTHOR_LABEL -> Role.AUTHOR;
      default -> throw new IllegalArgumentException("kind: not a credit label: " + kind);
    };
  }
}
