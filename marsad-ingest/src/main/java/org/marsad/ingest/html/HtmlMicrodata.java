package org.marsad.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Dates and credits marked up in the body: {@code <time datetime>} elements, schema.org microdata
 * ({@code itemprop="datePublished"}...) and RDFa ({@code property="dc:date"
 * content="..."}, as Drupal prints it). Thread-safe.
 */
final class HtmlMicrodata {
  static final String TIME = "time";
  static final String MICRODATA = "microdata";
  private static final int MAX_ELEMENTS = 200;
  private static final int MAX_TEXT = 300;
  private static final Pattern MODIFIED_HINT = Pattern.compile("(?i)updat|modif|edit|تحديث");

  /**
   * The first {@code <time datetime>} of the page as published, the first one marked as an update
   * as modified. A time inside a comment, a list of related links or the footer would be another
   * article's, so times in the article or main element are preferred.
   */
  static MetaFields time(Document doc) {
    MetaFields f = new MetaFields(TIME);
    Elements times = doc.select("article time[datetime], main time[datetime]");
    if (times.isEmpty()) {
      times = doc.select("time[datetime]");
    }
    int n = 0;
    for (Element t : times) {
      if (++n > MAX_ELEMENTS) {
        break;
      }
      String hint = t.className() + " " + t.attr("itemprop") + " " + (t.parent() == null ? "" : t.parent().className());
      if (MODIFIED_HINT.matcher(hint).find()) {
        f.modified = MetaFields.first(f.modified, t.attr("datetime"));
      } else {
        f.published = MetaFields.first(f.published, t.attr("datetime"));
      }
    }
    return f;
  }

  /** Microdata itemprops and RDFa properties, wherever they stand (meta tags included). */
  static MetaFields microdata(Document doc) {
    MetaFields f = new MetaFields(MICRODATA);
    int n = 0;
    for (Element e : doc.select("[itemprop], [property]")) {
      if (++n > MAX_ELEMENTS * 5) {
        break;
      }
      String props = e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("property");
      for (String prop : props.strip().split("\\s+")) {
        apply(f, local(prop), e);
      }
    }
    return f;
  }

  private static void apply(MetaFields f, String prop, Element e) {
    switch (prop) {
      case "datepublished", "date", "created", "issued", "datecreated" ->
          f.published = MetaFields.first(f.published, value(e));
      case "datemodified", "modified" -> f.modified = MetaFields.first(f.modified, value(e));
      case "headline" -> f.title = MetaFields.first(f.title, value(e));
      case "articlesection" -> f.section = MetaFields.first(f.section, value(e));
      case "inlanguage" -> f.language = MetaFields.first(f.language, value(e));
      case "keywords" -> add(f.tags, value(e));
      case "author", "creator" -> {
        Element name = e.selectFirst("[itemprop=name]");
        add(f.authors, name != null ? value(name) : value(e));
      }
      default -> { }
    }
  }

  private static void add(java.util.List<String> into, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      into.add(value.strip());
    }
  }

  /** "schema:datePublished", "dc:date", "http://schema.org/author" give their last part, lower-cased. */
  private static String local(String prop) {
    int cut = Math.max(prop.lastIndexOf('/'), Math.max(prop.lastIndexOf(':'), prop.lastIndexOf('#')));
    return prop.substring(cut + 1).toLowerCase(Locale.ROOT);
  }

  /** The content, datetime or href the markup gives, else the element's short text. */
  private static @Nullable String value(Element e) {
    for (String attr : new String[] {"content", "datetime"}) {
      if (e.hasAttr(attr) && !e.attr(attr).isBlank()) {
        return e.attr(attr);
      }
    }
    if (e.tagName().equals("meta") || e.tagName().equals("link")) {
      return null;
    }
    String text = e.text();
    return text.isBlank() || text.length() > MAX_TEXT ? null : text;
  }
}
