package org.marsad.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What marks page furniture rather than article text: tags, class and id names, hidden elements and
 * short stock lines. The class and id lists follow the ones Readability.js and trafilatura keep
 * (navigation, share bars, comments, related lists, cookie banners...), plus Arabic read-also and
 * most-read markers; they are written here from scratch. Stateless and thread-safe.
 */
final class BoilerplateRules {
  private BoilerplateRules() {}

  private static final Evaluator MAIN_CONTENT = QueryParser.parse("main, [role=main], [itemprop=articleBody]");

  /** Never text: skipped with everything inside. */
  static final Set<String> SKIPPED_TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "video", "audio", "object",
      "embed", "button", "select", "option", "textarea", "input", "nav", "aside", "footer", "figcaption",
      "head", "title", "meta", "link", "map", "dialog", "menu");

  /**
   * Furniture by one class name or the id. Names are matched one at a time: a page's layout names
   * ("has-sidebar", "content-sidebar-wrap") and WordPress's post classes ("tag-travel") must not hide
   * the article they wrap. "paywall" is not furniture: news sites wrap the part of the article that
   * the paywall hides in a box of that name, and the subscribe prompt has names of its own.
   */
  private static final Pattern BOILER_NAMES = Pattern.compile(
      "share|sharing|social|comment|disqus|related|recommend|newsletter|cookie|consent|gdpr|breadcrumb"
          + "|^tags?$|^tag-?(list|cloud)s?$|tagcloud|(?<![a-z])tags(?![a-z])|subscri|promo|^ads?$|^ad-|-ad-|-ads?$|advert|sponsor"
          + "|sidebar|footer|^menu|-menu|navbar|^nav$|-nav$|^nav-|navigation|popup|modal|author-?bio|about-?the-?author"
          + "|read-?more|readmore|more-?stories|more-?news|most-?(read|popular|viewed)|trending|outbrain|taboola|banner"
          + "|author-?(box|info|desc)|masthead|skip-?link|pagination|pager|signup|sign-?up|login|toolbar|byline|dateline"
          + "|post-?meta|entry-?meta|article-?meta|^meta$|caption|credit|sr-only|visually-?hidden"
          + "|jump-?link|also-?read|see-?also|^rss|^follow|supplement|shoutbox|skyscraper|yarpp|crp_related");

  /** A content word in a name ("article-body") keeps it, unless a word of {@link #STRONG_BOILER} is there too. */
  private static final Pattern CONTENT_NAMES = Pattern.compile(
      "article|body|content|entry|main|post|story|text|blog|column");

  private static final Pattern STRONG_BOILER = Pattern.compile(
      "comment|related|share|social|newsletter|cookie|consent|(?<![a-z])tags(?![a-z])|breadcrumb|recommend"
          + "|most-?read|read-?more|author-?(bio|box|info|desc)|promo|subscri|advert|sponsor|also-?read|see-?also");

  /** Layout names: state prefixes and wrappers that say where a box sits, not what it holds. */
  private static final Pattern LAYOUT_NAMES = Pattern.compile(
      "^(has|with|no|js|is)-|wrap|container|layout|grid|^row|^col-");

  static final Pattern POSITIVE_NAMES = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|detail|news-?text|matn");

  static final Pattern NEGATIVE_NAMES = Pattern.compile(
      "-ad-|hidden|banner|combx|comment|contact|foot|footnote|masthead|media|meta|outbrain|promo|related|scroll"
          + "|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|list|card|thumb");

  /** Whether {@code e} is furniture by its class, id or role; body, html, main and article never are. */
  static boolean isBoilerplateName(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article") || tag.equals("a")) {
      return false;
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner") || role.equals("dialog") || role.equals("menu") || role.equals("alert")) {
      return true;
    }
    for (String name : e.classNames()) {
      if (isBoilerplateToken(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    String id = e.id();
    return !id.isEmpty() && isBoilerplateToken(id.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a box named like furniture wraps the page's main element anyway: layout names such as
   * "sidebar_right" on the column that holds {@code <main>} say where the sidebar goes, not what the
   * box is. A real sidebar never holds the page's main landmark or its articleBody.
   */
  static boolean holdsMainContent(Element e) {
    // Parsed once: the query is asked of every furniture-named box.
    return e.selectFirst(MAIN_CONTENT) != null;
  }

  private static boolean isBoilerplateToken(String name) {
    if (!BOILER_NAMES.matcher(name).find() || LAYOUT_NAMES.matcher(name).find()) {
      return false;
    }
    return !CONTENT_NAMES.matcher(name).find() || STRONG_BOILER.matcher(name).find();
  }

  /** Class and id, lower-cased, or empty. */
  static String names(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /** Hidden by attribute or inline style: its text is not shown to readers. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** Stock lines of page furniture, compared whole and lower-cased; Arabic read-also and most-read boxes too. */
  private static final Pattern STOCK_LINE = Pattern.compile(
      "(advertisement|advertising|sponsored|ad|share|share this( article| story)?|share on \\w+|tweet|print|email|e-mail"
          + "|read more|read also|see also|related( articles| stories| news)?|more from .{0,40}|continue reading.{0,40}"
          + "|comments?|\\d+ comments?|leave a (comment|reply)|sign up.{0,60}|subscribe.{0,60}|follow us.{0,40}"
          + "|click here.{0,60}|skip to .{0,30}|back to top|next article|previous article|loading\\.*|image|photo"
          + "|\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627|\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627\u064b"
          + "|\u0625\u0642\u0631\u0623 \u0623\u064a\u0636\u0627|\u0634\u0627\u0647\u062f \u0623\u064a\u0636\u0627"
          + "|\u0645\u0648\u0627\u0636\u064a\u0639 \u0630\u0627\u062a \u0635\u0644\u0629"
          + "|\u0623\u062e\u0628\u0627\u0631 \u0630\u0627\u062a \u0635\u0644\u0629"
          + "|\u0627\u0644\u0623\u0643\u062b\u0631 \u0642\u0631\u0627\u0621\u0629"
          + "|\u0634\u0627\u0631\u0643|\u0645\u0634\u0627\u0631\u0643\u0629|\u0637\u0628\u0627\u0639\u0629"
          + "|\u0625\u0636\u0627\u0641\u0629 \u062a\u0639\u0644\u064a\u0642( \u062c\u062f\u064a\u062f)?)[\\s:.!|>\u00bb\u203a-]*");

  /** Read-also lead-ins that start a link line ("Read also: ..."). */
  private static final Pattern READ_ALSO_PREFIX = Pattern.compile(
      "(read (also|more)|see also|related|also read|recommended|\u0627\u0642\u0631\u0623 \u0623\u064a\u0636|\u0625\u0642\u0631\u0623 \u0623\u064a\u0636"
          + "|\u0634\u0627\u0647\u062f \u0623\u064a\u0636|\u0627\u0642\u0631\u0623 \u0627\u0644\u0645\u0632\u064a\u062f)"
          // "أيضا" / "أيضاً": the alef and tanween after the stem.
          + "[\u0627\u064b]*\\s*(?:[:\u061b\u00bb>\u2026-]|\\.\\.)");

  /** A year, a clock time or a numeric date: what date lines and bylines are made of. */
  private static final Pattern DATE_PART = Pattern.compile(
      "(?<!\\d)(19|20)\\d{2}(?!\\d)|\\d{1,2}:\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");

  /** Furniture ({@link #isFurnitureLine}) or a dateline. */
  static boolean isStockLine(String text) {
    return isFurnitureLine(text) || isDateLine(text);
  }

  /**
   * A stock phrase of furniture ("Share", "اقرأ أيضا"), a read-also lead-in, or one of the
   * general furniture shapes of {@link FurnitureLines} (counters, ad labels, rights lines, info
   * lines). Unlike a dateline, never a line of a poem or a dialogue.
   */
  static boolean isFurnitureLine(String text) {
    if (text.length() > 80) {
      return FurnitureLines.isFurniture(text);
    }
    String t = text.toLowerCase(Locale.ROOT).strip();
    return STOCK_LINE.matcher(t).matches() || READ_ALSO_PREFIX.matcher(t).lookingAt() || FurnitureLines.isFurniture(text);
  }

  /** A short line of a few words with a date or time in it: a dateline, not prose. */
  static boolean isDateLine(String text) {
    String t = text.toLowerCase(Locale.ROOT).strip();
    if (t.length() > 60 || !DATE_PART.matcher(t).find()) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == ' ') {
        words++;
      }
    }
    return words <= 9 && !TextScores.endsSentence(t);
  }
}
