package org.marsad.ingest.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.names.Gazetteer;
import org.marsad.ingest.page.PageLexicon.Kind;
import org.marsad.model.Credit;
import org.marsad.model.Credit.Role;

/**
 * Credit lines without a label: wire chains ("فرانس24/ رويترز") and outlet lines ("بغداد اليوم -
 * متابعة", "المناطق_متابعات", "شمسان بوست / خاص: ..."). Thread-safe.
 */
final class CreditLines {
  private static final Pattern CHAIN_SEPARATOR = Pattern.compile("\\s*[/|،,]\\s*");
  private static final int MAX_CHAIN_WORDS = 8;
  static final int MAX_OUTLET_WORDS = 4;
  /** Outlet names in datelines and labels may be longer ("وكالة الصحافة اليمنية"). */
  private static final int MAX_DATELINE_OUTLET_WORDS = 5;
  /** "صنعاء/وكالة الصحافة اليمنية//", "عدن // X //", "خاص/X//": a place or خاص, then the outlet between slashes. */
  private static final Pattern SLASH_DATELINE = Pattern.compile("^(\\S+(?: \\S+)?) ?/{1,2} ?([^/]+?) ?/{1,2}:?$");
  /** "الحديدة (حضارم اليوم)", "المكلا ( X ) متابعات :": a place, then the outlet in parentheses. */
  private static final Pattern PAREN_DATELINE = Pattern.compile("^(\\S+(?: \\S+)?) ?\\( ?([^()]+?) ?\\)(?: ?(\\S+))? ?[:：]?$");
  /** "DWمنذ 17 ساعات": the outlet glued to the article's age, as aggregators print it. */
  private static final Pattern OUTLET_AGE =
      Pattern.compile("^(.{1,40}?) ?منذ ?[0-9٠-٩]+ ?(?:ثانية|ثوان|ثواني|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|ايام|أسبوع|اسبوع|أسابيع|شهر|أشهر|اشهر|سنة|سنوات)$");
  /** WordPress feeds end a reposted item with "The post TITLE appeared first on OUTLET." */
  private static final Pattern APPEARED_FIRST = Pattern.compile("^The post (.+?) appeared first on (.+?)\\.?$");
  /** "صحيفة الأيام" alone on a line: the original outlet's name, as aggregators print it over the article. */
  private static final Pattern OUTLET_NAME = Pattern.compile("^(?:صحيفة|صحيفه|جريدة|جريده)\\s+[^\\s.:،؟!]+(?:\\s+[^\\s.:،؟!]+){0,2}$");
  private static final Gazetteer PLACES = Gazetteer.places();
  /** Particles that join a phrase, never an outlet's name. */
  private static final Set<String> PARTICLES = Set.of("بلا", "في", "من", "على", "الي", "عن", "مع", "بعد", "قبل", "منذ", "لا", "لم", "لن");
  /** Words that head a headline as a kicker, never a place in a dateline. */
  private static final Set<String> KICKERS =
      Set.of("عاجل", "فيديو", "بالفيديو", "صور", "بالصور", "شاهد", "حصري", "خاص", "تحديث", "مباشر", "انفوجراف", "فيديوجراف", "رسميا", "تقرير");

  private final PageLexicon lexicon;

  CreditLines(PageLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The outlets of a wire-chain line, first to last; empty when the line is not one. */
  List<String> wireChain(PageLine line) {
    if (line.wordCount() > MAX_CHAIN_WORDS) {
      return List.of();
    }
    String text = line.text().replaceAll("^[(\\[]|[)\\]]$", "").strip();
    List<String> parts = new ArrayList<>();
    boolean knownAgency = false;
    for (String part : CHAIN_SEPARATOR.split(text)) {
      String p = LineClassifier.stripSeparators(part);
      if (p.isEmpty()) {
        continue;
      }
      if (p.split("\\s+").length > 3) {
        return List.of();
      }
      knownAgency |= lexicon.contains(Kind.AGENCY, p);
      parts.add(p);
    }
    boolean chainShape = parts.size() >= 2 && parts.size() <= 4;
    boolean lone = parts.size() == 1 && knownAgency;
    return knownAgency && (chainShape || lone) ? List.copyOf(parts) : List.of();
  }

  /** An outlet credit line, with any body text that followed it on the same line; null if none. */
  @Nullable LineFacts outletLine(PageLine line) {
    LineFacts underscored = underscored(line);
    if (underscored != null) {
      return underscored;
    }
    LineFacts shaped = shapedCredit(line);
    if (shaped != null) {
      return shaped;
    }
    // Slashes glued to words ("كريتر سكاي/خاص") stand apart, as a separator word would.
    String spaced = line.text().replaceAll("\\s*(/+)\\s*", " $1 ").strip();
    return followLine(spaced.equals(line.text()) ? line : PageLine.of(line.number(), spaced));
  }

  /** Credit lines of a fixed shape: slash and parenthesis datelines, outlet with age, WordPress repost line. */
  private @Nullable LineFacts shapedCredit(PageLine line) {
    String text = line.text();
    Matcher post = APPEARED_FIRST.matcher(text);
    if (post.matches()) {
      List<Credit> credits = sources(post.group(2));
      String title = post.group(1).strip();
      return credits.isEmpty() && title.isEmpty() ? null : new LineFacts(LineFacts.Kind.META, null, false, credits, "", title.isEmpty() ? null : title);
    }
    if (line.wordCount() > MAX_CHAIN_WORDS + 2) {
      return null;
    }
    Matcher slash = SLASH_DATELINE.matcher(text);
    // The closing "//" is the convention itself, so the place before the outlet need not be known.
    if (slash.matches() && text.endsWith("//") && words(slash.group(2)) <= MAX_DATELINE_OUTLET_WORDS) {
      return sourceLine(slash.group(2));
    }
    Matcher paren = PAREN_DATELINE.matcher(text);
    if (paren.matches()
        && (isPlaceOrFollow(paren.group(1)) || (words(paren.group(1)) == 1 && !isKickerOrFurniture(paren.group(1))))
        && !isKickerOrFurniture(paren.group(2))
        && words(paren.group(2)) <= MAX_OUTLET_WORDS
        && (paren.group(3) == null || lexicon.contains(Kind.FOLLOW_WORD, paren.group(3)))) {
      return sourceLine(paren.group(2));
    }
    if (OUTLET_NAME.matcher(text).matches()) {
      return sourceLine(text);
    }
    Matcher age = OUTLET_AGE.matcher(text);
    // Glued ("DWمنذ 17 ساعات") or a Latin name, the outlet is sure; "مدينة بلا كهرباء منذ 5 أيام" is a headline.
    if (age.matches() && words(age.group(1)) <= MAX_OUTLET_WORDS && (gluedAge(text) || ageOutlet(age.group(1)))) {
      return sourceLine(age.group(1));
    }
    return null;
  }

  /**
   * The outlet of a dateline "OUTLET - PLACE" that stands before a label on a credit line
   * ("اخبار الساعة - عدن بتاريخ: ..."), or the whole text when it is a short name that a
   * separator closes ({@code separated}); else null.
   */
  @Nullable String datelineOutlet(String text, boolean separated) {
    String t = LineClassifier.stripSeparators(text);
    int dash = Math.max(t.lastIndexOf(" - "), t.lastIndexOf(" – "));
    if (dash > 0 && isPlaceOrFollow(t.substring(dash + 3))) {
      t = t.substring(0, dash).strip();
    } else if (dash > 0 || !separated) {
      // A bare name counts only where a separator closes it ("اخبار الساعة | بتاريخ:").
      return null;
    }
    return !t.isEmpty() && words(t) <= MAX_OUTLET_WORDS && !t.matches(".*[0-9٠-٩].*") ? Outlets.clean(t) : null;
  }

  /** "عاجل (فيديو)": kickers and button words are no place and no outlet. */
  private boolean isKickerOrFurniture(String text) {
    PageLine words = PageLine.of(0, text);
    return KICKERS.contains(PageLexicon.key(text)) || (words.wordCount() > 0 && lexicon.matchWords(Kind.FURNITURE, words.keys(), 0) == words.wordCount());
  }

  /**
   * Whether the words before a spaced age are an outlet: a Latin name, or one or two words
   * without a particle ("نبض الساحل منذ 3 أيام"; "مدينة بلا كهرباء منذ 5 أيام" is a headline).
   */
  private static boolean ageOutlet(String words) {
    if (words.matches("[\\p{IsLatin}0-9 .&'-]+")) {
      return true;
    }
    String[] keys = PageLexicon.key(words).split(" ");
    return keys.length <= 2 && Arrays.stream(keys).noneMatch(PARTICLES::contains);
  }

  private static boolean gluedAge(String text) {
    int at = text.indexOf("منذ");
    return at > 0 && !Character.isWhitespace(text.charAt(at - 1));
  }

  private boolean isPlaceOrFollow(String text) {
    String key = PageLexicon.key(text);
    return PLACES.contains(key) || lexicon.contains(Kind.FOLLOW_WORD, text);
  }

  /** A credit line naming {@code outlet}; null when the slot is empty, so the line stays text. */
  private static @Nullable LineFacts sourceLine(String outlet) {
    List<Credit> credits = sources(outlet);
    return credits.isEmpty() ? null : new LineFacts(LineFacts.Kind.META, null, false, credits, "");
  }

  /** The source credit of {@code outlet}, or none when its slot holds no name ("صنعاء/ //"). */
  private static List<Credit> sources(String outlet) {
    String name = Outlets.clean(outlet);
    return name.isBlank() || !name.codePoints().anyMatch(Character::isLetterOrDigit) ? List.of() : List.of(new Credit(Role.SOURCE, name));
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** "X - متابعة", "X/ خاص": an outlet, a separator and a follow word. */
  private @Nullable LineFacts followLine(PageLine line) {
    List<String> keys = line.keys();
    // The outlet is words [0, j); the follow word comes after a separator word at j ("X - متابعة")
    // or right at j when the separator clings to the outlet's last word ("X/ خاص").
    for (int j = 1; j <= Math.min(MAX_OUTLET_WORDS + 1, keys.size() - 1); j++) {
      boolean separatorWord = LineClassifier.isSeparator(line.words().get(j));
      if (!separatorWord && !line.words().get(j - 1).matches(".*[/\\-–|:]$")) {
        continue;
      }
      int follow = separatorWord ? j + 1 : j;
      if (follow >= keys.size() || lexicon.matchWords(Kind.FOLLOW_WORD, keys, follow) == 0) {
        continue;
      }
      String outlet = LineClassifier.stripSeparators(line.textOfWords(0, j));
      if (outlet.isEmpty() || outlet.split("\\s+").length > MAX_OUTLET_WORDS) {
        return null;
      }
      int m = lexicon.matchWords(Kind.FOLLOW_WORD, keys, follow);
      String rest = LineClassifier.stripSeparators(line.textFromWord(follow + m));
      String follows = line.textOfWords(follow, follow + m);
      // "X - وكالات": compiled from the agencies' copy, which is a wire credit as well.
      List<Credit> credits = new ArrayList<>(sources(outlet));
      if (credits.isEmpty()) {
        return null;
      }
      if (lexicon.contains(Kind.AGENCY, follows)) {
        credits.add(new Credit(Role.WIRE, follows));
      }
      return new LineFacts(LineFacts.Kind.META, null, false, credits, rest);
    }
    return null;
  }

  /** "المناطق_متابعات": an outlet joined to a follow word by underscores, as some sites print it. */
  private @Nullable LineFacts underscored(PageLine line) {
    // The joined word may close a name of several words ("بوابة السهل_متابعات").
    for (int w = 0; w < Math.min(line.wordCount(), MAX_OUTLET_WORDS); w++) {
      String word = line.words().get(w);
      int cut = word.lastIndexOf('_');
      if (cut < 0 || !lexicon.contains(Kind.FOLLOW_WORD, word.substring(cut + 1))) {
        continue;
      }
      String outlet = (line.textOfWords(0, w) + " " + word.substring(0, cut)).replace('_', ' ').strip();
      String rest = LineClassifier.stripSeparators(line.textFromWord(w + 1));
      List<Credit> credits = sources(outlet);
      return credits.isEmpty() ? null : new LineFacts(LineFacts.Kind.META, null, false, credits, rest);
    }
    return null;
  }

}
