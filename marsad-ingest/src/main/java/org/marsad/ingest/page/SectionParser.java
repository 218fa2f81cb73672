package org.marsad.ingest.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.arabic.dates.DateMention;
import org.marsad.ingest.TitleDeriver;
import org.marsad.model.Credit;
import org.marsad.model.Diagnostics;
import org.marsad.model.Published;

/**
 * Reads one section of a page: the headline (the line just above the first credit or date line, or
 * the repeated or last short line before the running text), the credits and the publication date,
 * the body (everything after the headline that is running text), the wire chain and the tags. Lines
 * above the headline are site navigation or other headlines and are dropped. Thread-safe.
 */
final class SectionParser {
  /** Headlines have a few words; a two-word line above an article is a menu item. */
  private static final int MIN_HEADLINE_WORDS = 3;
  private static final int MAX_SITE_NAME_WORDS = 4;
  /** A dateline in running text is read only near the start of the first paragraphs. */
  private static final int DATELINE_CHARS = 300;

  private final ArabicDateParser dates;
  private final TagChunker tags;
  private final BodyDatelines datelines = new BodyDatelines(PageLexicon.defaults());

  SectionParser(ArabicDateParser dates, TagChunker tags) {
    this.dates = dates;
    this.tags = tags;
  }

  /**
   * Reads the section; {@code lastPageLine} is the number of the page's last non-blank line, so a
   * signature can be told from a page cut mid-sentence.
   */
  ParsedSection parse(PageSection section, String location, int lastPageLine, SiteTemplate site, Diagnostics diagnostics) {
    List<PageEntry> entries = section.entries();
    Set<Integer> teasers = HeadlineFinder.teaserLines(entries);
    int h = section.headline() != null ? -1 : headlineIndex(entries, teasers);
    String headline = section.headline() != null ? section.headline() : h >= 0 ? withoutSiteName(entries.get(h).line().text(), site, entries, h) : carriedHeadline(entries);
    Set<Credit> credits = new LinkedHashSet<>();
    int byline = h >= 0 ? bylineIndex(entries, h, headline) : -1;
    if (byline >= 0) {
      String name = Bylines.name(entries.get(byline).line());
      credits.add(new Credit(Credit.Role.AUTHOR, name));
      String head = Bylines.unglued(headline, name);
      headline = head == null ? headline : head;
    }
    HeadlineSuffix.Split suffix = headline == null ? null : HeadlineSuffix.split(headline, dates);
    if (suffix != null) {
      headline = suffix.headline();
      credits.add(new Credit(Credit.Role.SOURCE, Outlets.clean(suffix.outlet())));
    }
    String headlineKey = headline == null ? "" : PageLexicon.key(headline);
    List<String> body = new ArrayList<>();
    List<String> tagList = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int i = Math.max(0, h + 1); i < entries.size(); i++) {
      PageEntry e = entries.get(i);
      switch (e.kind()) {
        case TEXT -> {
          if (i != byline && !teasers.contains(i) && !isRepeatedHeadline(e.line(), headlineKey)) {
            body.add(e.line().text());
          }
        }
        case META -> {
          credits.addAll(e.facts().credits());
          if (!e.facts().value().isEmpty()) {
            body.add(e.facts().value());
          }
        }
        case WIRE -> credits.addAll(e.facts().credits());
        case TAGS -> {
          String text = e.facts().value();
          if (text.isEmpty() && i + 1 < entries.size() && entries.get(i + 1).isText()) {
            text = entries.get(++i).line().text();
          }
          tagList.addAll(tags.chunk(text));
        }
        default -> {}
      }
    }
    int skipped = Math.max(0, h);
    if (skipped > 0) {
      diagnostics.warn(location + ":" + entries.get(0).line().number(), "dropped " + skipped + " line(s) above the headline as navigation");
    }
    addSignature(entries, lastPageLine, credits, body);
    addHeaderOutlet(entries, h, credits);
    String agency = credits.stream().anyMatch(c -> c.role() == Credit.Role.WIRE) ? null : datelines.agency(body);
    if (agency != null) {
      credits.add(new Credit(Credit.Role.WIRE, agency));
    }
    if (credits.stream().noneMatch(c -> c.role() == Credit.Role.SOURCE)) {
      String relayed = RelayCredits.outlet(body);
      if (relayed != null) {
        credits.add(new Credit(Credit.Role.SOURCE, relayed));
        notes.add("source named by the article's first sentence");
      }
    }
    Published published = published(entries, h, body, notes);
    if (published == null && suffix != null) {
      published = suffix.published();
      notes.add("date from the headline's outlet suffix");
    }
    if (published == null) {
      diagnostics.warn(location, "no publication date found" + (headline == null ? "" : " for \"" + abbreviate(headline) + "\""));
    }
    String title = headline;
    if (title == null) {
      title = TitleDeriver.fromBody(body);
      notes.add(TitleDeriver.NOTE);
      diagnostics.warn(location, "no headline found; title derived from body");
    }
    return new ParsedSection(title, body, published, ordered(credits), tagList, notes);
  }

  /**
   * The byline under the headline: the first text line after it (credit lines skipped) when it is
   * a name marked with a footnote asterisk or glued to the headline's end; -1 when none.
   */
  private static int bylineIndex(List<PageEntry> entries, int h, @Nullable String headline) {
    for (int i = h + 1; i < entries.size(); i++) {
      PageEntry e = entries.get(i);
      if (e.kind() == LineFacts.Kind.META) {
        continue;
      }
      String name = e.isText() ? Bylines.name(e.line()) : null;
      boolean glued = name != null && headline != null && Bylines.unglued(headline, name) != null;
      return name != null && (glued || Bylines.marked(e.line())) ? i : -1;
    }
    return -1;
  }

  /**
   * An outlet named in a header line above the headline ("صحيفة الأيام" over a reposted article),
   * the nearest one, when no credit under the headline names the source.
   */
  private static void addHeaderOutlet(List<PageEntry> entries, int h, Set<Credit> credits) {
    if (credits.stream().anyMatch(c -> c.role() == Credit.Role.SOURCE)) {
      return;
    }
    for (int i = h - 1; i >= 0; i--) {
      List<Credit> sources = entries.get(i).facts().credits().stream().filter(c -> c.role() == Credit.Role.SOURCE).toList();
      if (entries.get(i).kind() == LineFacts.Kind.META && !sources.isEmpty()) {
        credits.add(sources.get(0));
        return;
      }
    }
  }

  /** An opinion piece's closing signature becomes its author, unless a byline named one. */
  private static void addSignature(List<PageEntry> entries, int lastPageLine, Set<Credit> credits, List<String> body) {
    if (credits.stream().anyMatch(c -> c.role() == Credit.Role.AUTHOR) || body.isEmpty()) {
      return;
    }
    String name = Bylines.signature(entries, lastPageLine);
    if (name != null && PageLexicon.key(body.get(body.size() - 1)).equals(PageLexicon.key(name))) {
      body.remove(body.size() - 1);
      credits.add(new Credit(Credit.Role.AUTHOR, name));
    }
  }

  /** A headline that a credit line carries ("The post TITLE appeared first on OUTLET."), or null. */
  private static @Nullable String carriedHeadline(List<PageEntry> entries) {
    return entries.stream().map(e -> e.facts().headline()).filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
  }

  /**
   * The headline without the site's name after it: a suffix that the site's template prints after
   * its headlines ("… - كل يوم"), or on a lone page a short tail after a bar ("العنوان | اسم
   * الموقع"), unless the text under the headline confirms the tail rather than the head ("كرة القدم
   * العربية | الهلال يفوز على النصر" keeps its headline).
   */
  static String withoutSiteName(String headline, SiteTemplate site, List<PageEntry> entries, int h) {
    String learned = site.withoutTitleSuffix(headline);
    if (!learned.equals(headline)) {
      return learned;
    }
    int bar = headline.lastIndexOf(" | ");
    if (bar <= 0) {
      return headline;
    }
    String tail = headline.substring(bar + 3).strip();
    String head = headline.substring(0, bar).strip();
    boolean siteName = !tail.isEmpty() && tail.split("\\s+").length <= MAX_SITE_NAME_WORDS;
    if (!siteName || head.split("\\s+").length < MIN_HEADLINE_WORDS) {
      return headline;
    }
    Set<String> lead = HeadlineFinder.leadStems(entries, h + 1);
    double headShare = HeadlineFinder.confirmedShare(head, lead);
    double tailShare = HeadlineFinder.confirmedShare(tail, lead);
    return tailShare >= 0.5 && tailShare >= headShare ? headline : head;
  }


  /** The headline's index in {@code entries}, or -1 when the section has none. */
  static int headlineIndex(List<PageEntry> entries, Set<Integer> teasers) {
    int firstPara = firstParagraph(entries);
    int repeatedFirst = repeatedHeadline(entries, firstPara);
    if (repeatedFirst >= 0) {
      return repeatedFirst;
    }
    int confirmed = HeadlineFinder.find(entries);
    if (confirmed >= 0) {
      return confirmed;
    }
    Set<Integer> refused = HeadlineFinder.refused(entries, teasers);
    // The article's own credits stand in one block just above its text; a date or credit further
    // up (the site's "today", a menu) belongs to the page, not the article.
    int anchor = -1;
    for (int i = firstPara - 1; i >= 0; i--) {
      boolean meta = entries.get(i).kind() == LineFacts.Kind.META;
      if (meta) {
        anchor = i;
      } else if (anchor >= 0) {
        break;
      }
    }
    if (anchor >= 0) {
      for (int i = anchor - 1; i >= 0; i--) {
        if (isHeadline(entries.get(i)) && !refused.contains(i)) {
          return i;
        }
      }
      for (int i = anchor + 1; i < firstPara; i++) {
        if (isHeadline(entries.get(i)) && !refused.contains(i)) {
          return i;
        }
      }
      return -1;
    }
    for (int i = firstPara - 1; i >= 0; i--) {
      if (isHeadline(entries.get(i)) && !refused.contains(i)) {
        return i;
      }
    }
    return -1;
  }


  private static int firstParagraph(List<PageEntry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).isText() && entries.get(i).line().isParagraphLike()) {
        return i;
      }
    }
    return entries.size();
  }

  /** A headline line printed more than once above the running text (the first of its copies). */
  private static int repeatedHeadline(List<PageEntry> entries, int firstPara) {
    for (int i = 0; i < firstPara; i++) {
      if (!isHeadline(entries.get(i))) {
        continue;
      }
      String key = PageLexicon.key(entries.get(i).line().text());
      for (int j = i + 1; j < firstPara; j++) {
        if (isRepeatedHeadline(entries.get(j).line(), key)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isHeadline(PageEntry e) {
    PageLine line = e.line();
    return e.isText() && line.isHeadlineLike() && line.wordCount() >= MIN_HEADLINE_WORDS && !isNavigation(line);
  }

  /** Menus and breadcrumbs: several items divided by | » › > or •. */
  static boolean isNavigation(PageLine line) {
    long separators = line.words().stream().filter(w -> w.matches("[|»›>•/]+")).count();
    return separators >= 2;
  }

  /** A copy of the headline: the same words, or the headline ending a breadcrumb or with the site's name after it. */
  private static boolean isRepeatedHeadline(PageLine line, String headlineKey) {
    if (headlineKey.isEmpty()) {
      return false;
    }
    String key = PageLexicon.key(line.text());
    return key.equals(headlineKey)
        || (key.length() < headlineKey.length() + 40 && (key.startsWith(headlineKey) || key.endsWith(headlineKey)));
  }

  /**
   * The publication date: a labelled date after the headline first, then an unlabelled date line
   * after it, then one above it (nearest first), then a dateline at the start of the body.
   */
  private @Nullable Published published(List<PageEntry> entries, int h, List<String> body, List<String> notes) {
    List<PageEntry> metas = entries.stream().filter(e -> e.kind() == LineFacts.Kind.META && e.facts().date() != null).toList();
    Comparator<PageEntry> afterFirst = Comparator.comparingInt(e -> entries.indexOf(e) > h ? 0 : 1);
    PageEntry best =
        metas.stream()
            .sorted(
                Comparator.comparing((PageEntry e) -> e.facts().dateLabelled() ? 0 : 1)
                    .thenComparing(afterFirst)
                    .thenComparingInt(e -> entries.indexOf(e) > h ? entries.indexOf(e) : -entries.indexOf(e)))
            .findFirst()
            .orElse(null);
    if (best != null) {
      return best.facts().date().published();
    }
    for (String paragraph : body.subList(0, Math.min(2, body.size()))) {
      String head = paragraph.length() > DATELINE_CHARS ? paragraph.substring(0, DATELINE_CHARS) : paragraph;
      List<DateMention> found = dates.findAll(head);
      if (!found.isEmpty()) {
        notes.add("date from the first paragraph");
        return found.get(0).published();
      }
    }
    return null;
  }

  private static List<Credit> ordered(Set<Credit> credits) {
    return credits.stream().sorted(Comparator.comparingInt(c -> c.role().ordinal())).toList();
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
