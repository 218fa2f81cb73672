package org.marsad.ingest.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS and Atom from jsoup's forgiving XML tree, where a strict parser gave up: mismatched
 * tags, a file cut in the middle. Also gives the raw date strings Rome parses away. Elements are
 * matched by qualified name ({@code dc:creator}); Atom elements also under an {@code atom:} prefix.
 * An item whose end tag never came was cut off and is dropped. Thread-safe.
 */
final class LenientFeeds {
  enum Kind { RSS, ATOM, NONE }

  /** The parsed tree with what kind of feed it holds. */
  record Parsed(Document doc, Kind kind, @Nullable String root, List<Element> items, int cutItems) {}

  private LenientFeeds() {}

  /** Whether the first element of {@code xml} opens a feed, without parsing the rest. */
  static boolean opensFeed(String xml) {
    int i = 0;
    while (true) {
      i = xml.indexOf('<', i);
      if (i < 0 || i + 1 >= xml.length()) {
        return false;
      }
      char next = xml.charAt(i + 1);
      if (next != '?' && next != '!') {
        break;
      }
      i++;
    }
    int end = i + 1;
    while (end < xml.length() && end < i + 64 && !Character.isWhitespace(xml.charAt(end))
        && xml.charAt(end) != '>' && xml.charAt(end) != '/') {
      end++;
    }
    String name = xml.substring(i + 1, end).toLowerCase(Locale.ROOT);
    return name.equals("rss") || name.endsWith("rdf") || name.equals("feed") || name.equals("atom:feed");
  }

  static Parsed parse(String xml) {
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser().setTrackPosition(true));
    Element root = doc.children().first();
    String rootName = root == null ? null : root.tagName().toLowerCase(Locale.ROOT);
    Kind kind = rootName == null ? Kind.NONE
        : rootName.equals("rss") || rootName.endsWith("rdf") || rootName.equals("channel") ? Kind.RSS
        : rootName.equals("feed") || rootName.equals("atom:feed") ? Kind.ATOM : Kind.NONE;
    List<Element> items = new ArrayList<>();
    int cut = 0;
    if (kind != Kind.NONE) {
      String itemName = kind == Kind.RSS ? "item" : "entry";
      for (Element e : root.getAllElements()) {
        if (is(e, itemName)) {
          if (closed(e)) {
            items.add(e);
          } else {
            cut++;
          }
        }
      }
    }
    return new Parsed(doc, kind, rootName, items, cut);
  }

  /** Whether the root element was never closed: the file ends early. */
  static boolean isCut(Parsed parsed) {
    Element root = parsed.doc().children().first();
    return root != null && !closed(root);
  }

  /** Whether the element's end tag was in the text (jsoup closes the rest implicitly at the end). */
  private static boolean closed(Element e) {
    return e.endSourceRange().isTracked() && !e.endSourceRange().isImplicit();
  }

  static @Nullable String feedTitle(Parsed parsed) {
    Element channel = channel(parsed);
    return channel == null ? null : text(child(channel, "title"));
  }

  static @Nullable String siteLink(Parsed parsed) {
    Element channel = channel(parsed);
    if (channel == null) {
      return null;
    }
    return parsed.kind() == Kind.ATOM ? atomLink(channel) : text(child(channel, "link"));
  }

  private static @Nullable Element channel(Parsed parsed) {
    Element root = parsed.doc().children().first();
    if (root == null || parsed.kind() == Kind.NONE) {
      return null;
    }
    if (parsed.kind() == Kind.ATOM) {
      return root;
    }
    Element channel = child(root, "channel");
    return channel != null ? channel : root;
  }

  static RawEntry entry(Element item, Kind kind) {
    return kind == Kind.ATOM ? atomEntry(item) : rssItem(item);
  }

  private static RawEntry rssItem(Element item) {
    Element guid = child(item, "guid");
    boolean permaLink = guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink").strip());
    List<String> dates = texts(item, "pubDate", "dc:date", "dcterms:issued", "dcterms:modified", "a10:updated");
    String description = text(child(item, "description"));
    String content = text(child(item, "content:encoded"));
    List<String> authors = texts(item, "dc:creator", "author");
    List<String> categories = texts(item, "category", "dc:subject");
    String link = text(child(item, "link"));
    if (link == null) {
      Element atom = child(item, "atom:link");
      link = atom == null ? attr(item.attributes().get("rdf:about")) : attr(atom.attr("href"));
    }
    return new RawEntry(link, text(guid), permaLink, text(child(item, "title")), dates,
        description != null ? description : content, true, authors, categories);
  }

  private static RawEntry atomEntry(Element entry) {
    List<String> dates = texts(entry, "published", "issued", "created", "updated", "modified");
    Element summary = child(entry, "summary");
    if (summary == null || summary.wholeText().isBlank()) {
      summary = child(entry, "content");
    }
    List<String> authors = new ArrayList<>();
    for (Element author : children(entry, "author")) {
      String name = text(child(author, "name"));
      if (name != null) {
        authors.add(name);
      }
    }
    List<String> categories = new ArrayList<>();
    for (Element category : children(entry, "category")) {
      String term = attr(category.attr("label"));
      term = term != null ? term : attr(category.attr("term"));
      if (term != null) {
        categories.add(term);
      }
    }
    String type = summary == null ? "" : summary.attr("type").toLowerCase(Locale.ROOT);
    boolean html = type.contains("html");
    String summaryText = summary == null ? null : type.contains("xhtml") ? summary.html() : text(summary);
    return new RawEntry(atomLink(entry), text(child(entry, "id")), false, text(child(entry, "title")),
        dates, summaryText, html, authors, categories);
  }

  private static @Nullable String atomLink(Element parent) {
    String fallback = null;
    for (Element link : children(parent, "link")) {
      String rel = link.attr("rel").strip();
      String href = attr(link.attr("href"));
      if (href == null) {
        continue;
      }
      if (rel.isEmpty() || rel.equals("alternate")) {
        return href;
      }
      fallback = fallback == null && !rel.equals("self") && !rel.equals("enclosure") ? href : fallback;
    }
    return fallback;
  }

  private static boolean is(Element e, String name) {
    String tag = e.tagName();
    return tag.equalsIgnoreCase(name) || (tag.length() == name.length() + 5 && tag.regionMatches(true, 0, "atom:", 0, 5)
        && tag.regionMatches(true, 5, name, 0, name.length()));
  }

  private static @Nullable Element child(Element parent, String name) {
    for (Element e : parent.children()) {
      if (is(e, name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Element e : parent.children()) {
      if (is(e, name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<String> texts(Element parent, String... names) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      for (Element e : children(parent, name)) {
        String t = text(e);
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** The element's text as written (CDATA included, entities decoded), or null when blank. */
  private static @Nullable String text(@Nullable Element e) {
    if (e == null) {
      return null;
    }
    String t = e.wholeText().strip();
    return t.isEmpty() ? null : t;
  }

  private static @Nullable String attr(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
