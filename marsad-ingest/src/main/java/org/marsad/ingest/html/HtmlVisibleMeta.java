package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Elements;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.model.Published;

/**
 * The date and byline a reader sees near the headline, for pages without markup: the short
 * elements after the {@code <h1>}, then elements whose class or id says date, time or byline,
 * read with the Arabic date parser (month names of every system, Hijri, Arabic-Indic digits,
 * ص/م). Thread-safe.
 */
final class HtmlVisibleMeta {
  static final String ORIGIN = "visible text";
  private static final int MAX_TEXT = 160;
  private static final int AFTER_HEADLINE = 25;
  private static final int MAX_MARKED = 60;
  private static final int SCAN_AFTER_HEADLINE = 300;
  private static final Pattern DATE_CLASS =
      Pattern.compile("(?i)date|time|publish|posted|byline|article-?info|meta|تاريخ");
  private static final Pattern AUTHOR_CLASS = Pattern.compile("(?i)author|byline|writer|kateb|reporter");
  /** A byline label and the name after it: "كتب: محمد علي", "بقلم - سارة", "By Jane Doe". */
  static final Pattern BYLINE = Pattern.compile(
      "^\\s*(?:بقلم|كتب|كتبت|كتبه|كتبها|الكاتب|حوار|إعداد|اعداد|تقرير|by|written by)\\s*[:：\\-–—/]?\\s*(.{2,60}?)\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final ArabicDateParser dates;

  HtmlVisibleMeta(ArabicDateParser dates) {
    this.dates = dates;
  }

  MetaFields read(Document doc, List<String> paragraphs) {
    MetaFields f = new MetaFields(ORIGIN);
    List<Element> candidates = candidates(doc);
    for (Element e : candidates) {
      String text = shortText(e);
      if (text == null) {
        continue;
      }
      if (f.published == null) {
        Published p = dates.parse(text).orElse(null);
        if (p != null) {
          f.published = p.text();
        }
      }
      if (f.authors.isEmpty()) {
        String byline = byline(text);
        if (byline == null && AUTHOR_CLASS.matcher(e.className() + " " + e.id()).find() && isLeaf(e)) {
          byline = dates.findAll(text).isEmpty() ? text : null;
        }
        if (byline != null) {
          f.authors.add(byline);
        }
      }
    }
    for (int i = 0; i < Math.min(2, paragraphs.size()) && f.authors.isEmpty(); i++) {
      String line = paragraphs.get(i);
      String byline = byline(line.length() > MAX_TEXT ? line.substring(0, MAX_TEXT) : line);
      if (byline != null) {
        f.authors.add(byline);
      }
    }
    return f;
  }

  /** The name of a byline line, or null. The date that often follows in the same line is cut off. */
  @Nullable String byline(String text) {
    if (text.length() > MAX_TEXT) {
      return null;
    }
    String line = text;
    var mentions = dates.findAll(line);
    if (!mentions.isEmpty()) {
      line = line.substring(0, mentions.get(0).span().start());
    }
    Matcher m = BYLINE.matcher(line.replaceAll("[\\s|/،,\\-–—]+$", ""));
    return m.matches() ? m.group(1) : null;
  }

  /** Short leaf-ish elements after the headline, then the ones marked date/byline by class or id. */
  private static List<Element> candidates(Document doc) {
    List<Element> out = new ArrayList<>();
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) {
      Elements all = doc.getAllElements();
      int at = all.indexOf(h1);
      for (int i = at + 1; i < all.size() && i <= at + SCAN_AFTER_HEADLINE && out.size() < AFTER_HEADLINE; i++) {
        Element e = all.get(i);
        String text = shortText(e);
        if (text != null && isLeaf(e)) {
          out.add(e);
        }
      }
    }
    int marked = 0;
    for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
      if (marked >= MAX_MARKED) {
        break;
      }
      String marks = e.className() + " " + e.id();
      if ((DATE_CLASS.matcher(marks).find() || AUTHOR_CLASS.matcher(marks).find()) && shortText(e) != null) {
        out.add(e);
        marked++;
      }
    }
    return out;
  }

  /** An element whose text is its own: no block children that carry text of their own. */
  private static boolean isLeaf(Element e) {
    for (Element c : e.children()) {
      if (c.isBlock() && c.hasText()) {
        return false;
      }
    }
    return true;
  }

  /** The element's text when it is short, else null; stops reading past the limit. */
  static @Nullable String shortText(Element e) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text.append(t.getWholeText()).append(' ');
        }
        return text.length() > MAX_TEXT * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, e);
    String t = text.toString().replaceAll("\\s+", " ").strip();
    return t.isEmpty() || t.length() > MAX_TEXT ? null : t;
  }
}
