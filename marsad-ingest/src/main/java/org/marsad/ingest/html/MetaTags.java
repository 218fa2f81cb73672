package org.marsad.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <head>} statements, one {@link MetaFields} per kind: OpenGraph with the
 * {@code article:*} properties, {@code <link rel=canonical>}, the other named meta tags (author,
 * pubdate, Dublin Core, Parse.ly, Sailthru, Twitter) and the language (html lang, og:locale,
 * Content-Language). Thread-safe.
 */
final class MetaTags {
  static final String OPEN_GRAPH = "opengraph";
  static final String CANONICAL = "canonical";
  static final String OTHER = "meta";
  static final String LANGUAGE = "language";
  private static final int MAX_META = 500;

  private static final List<String> PUBLISHED = List.of("pubdate", "publishdate", "publish-date",
      "article.published", "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
      "dc.date.created", "dcterms.created", "dcterms.issued", "dcterms.date", "parsely-pub-date",
      "sailthru.date", "og:published_time", "creation_date", "publication_date");
  private static final List<String> MODIFIED = List.of("lastmod", "last-modified", "article.updated",
      "datemodified", "dc.date.modified", "dcterms.modified", "revised");
  private static final List<String> AUTHORS = List.of("author", "dc.creator", "dcterms.creator",
      "parsely-author", "sailthru.author", "byl");
  private static final List<String> TITLES = List.of("twitter:title", "parsely-title", "sailthru.title",
      "dc.title", "title");
  private static final List<String> TAGS = List.of("news_keywords", "keywords", "parsely-tags", "sailthru.tags");

  /** The meta tags by lower-cased name or property, values in page order. */
  static Map<String, List<String>> collect(Document doc) {
    Map<String, List<String>> meta = new LinkedHashMap<>();
    int n = 0;
    for (Element m : doc.getElementsByTag("meta")) {
      if (++n > MAX_META) {
        break;
      }
      String content = m.attr("content");
      if (content.isBlank()) {
        continue;
      }
      for (String attr : List.of("property", "name", "http-equiv")) {
        // RDFa allows several properties in one attribute ("rnews:name schema:name")
        for (String key : m.attr(attr).strip().split("\\s+")) {
          if (!key.isEmpty()) {
            meta.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content.strip());
          }
        }
      }
    }
    return meta;
  }

  static MetaFields openGraph(Map<String, List<String>> meta) {
    MetaFields f = new MetaFields(OPEN_GRAPH);
    f.title = first(meta, "og:title");
    f.siteName = first(meta, "og:site_name");
    f.url = first(meta, "og:url");
    f.published = first(meta, "article:published_time");
    f.modified = MetaFields.first(first(meta, "article:modified_time"), first(meta, "og:updated_time"));
    f.authors.addAll(meta.getOrDefault("article:author", List.of()));
    f.section = first(meta, "article:section");
    f.tags.addAll(meta.getOrDefault("article:tag", List.of()));
    return f;
  }

  static MetaFields canonical(Document doc) {
    MetaFields f = new MetaFields(CANONICAL);
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (link != null) {
      String abs = link.absUrl("href");
      f.url = abs.isEmpty() ? link.attr("href") : abs;
    }
    return f;
  }

  static MetaFields other(Map<String, List<String>> meta) {
    MetaFields f = new MetaFields(OTHER);
    f.title = firstOf(meta, TITLES);
    f.published = firstOf(meta, PUBLISHED);
    f.modified = firstOf(meta, MODIFIED);
    for (String key : AUTHORS) {
      f.authors.addAll(meta.getOrDefault(key, List.of()));
    }
    f.section = MetaFields.first(first(meta, "parsely-section"), first(meta, "section"));
    for (String key : TAGS) {
      f.tags.addAll(meta.getOrDefault(key, List.of()));
    }
    f.siteName = MetaFields.first(first(meta, "application-name"), first(meta, "twitter:site"));
    if (f.siteName != null && f.siteName.startsWith("@")) {
      f.siteName = null; // a Twitter handle, not a name
    }
    return f;
  }

  /** html lang, then og:locale, then Content-Language: "ar", "ar-EG", "ar_AR" become BCP 47 tags. */
  static MetaFields language(Document doc, Map<String, List<String>> meta) {
    MetaFields f = new MetaFields(LANGUAGE);
    Element html = doc.selectFirst("html");
    String lang = html == null ? null : MetaFields.first(null, html.attr("lang"));
    lang = MetaFields.first(lang, html == null ? null : html.attr("xml:lang"));
    lang = MetaFields.first(lang, first(meta, "og:locale"));
    lang = MetaFields.first(lang, first(meta, "content-language"));
    lang = MetaFields.first(lang, first(meta, "language"));
    if (lang != null) {
      String tag = lang.split("[,;\\s]")[0].replace('_', '-');
      f.language = tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? Locale.forLanguageTag(tag).toLanguageTag() : null;
    }
    return f;
  }

  private static @Nullable String first(Map<String, List<String>> meta, String key) {
    List<String> values = meta.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static @Nullable String firstOf(Map<String, List<String>> meta, List<String> keys) {
    for (String key : keys) {
      String v = first(meta, key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * The canonical URL when it is an absolute http(s) URL that does not point at the site's home:
   * some content systems print the home page as every page's canonical URL.
   */
  static String usableCanonical(@Nullable String declared, String url, List<String> notes) {
    if (declared == null) {
      return url;
    }
    try {
      URI c = new URI(declared.strip().replace(" ", "%20"));
      boolean http = "http".equalsIgnoreCase(c.getScheme()) || "https".equalsIgnoreCase(c.getScheme());
      String path = c.getRawPath() == null ? "" : c.getRawPath();
      boolean home = (path.isEmpty() || path.equals("/")) && c.getRawQuery() == null;
      URI page = new URI(url.strip().replace(" ", "%20"));
      boolean pageIsHome = page.getRawPath() == null || page.getRawPath().length() <= 1;
      if (http && c.getHost() != null && (!home || pageIsHome)) {
        return declared.strip();
      }
      notes.add("canonical URL ignored: " + declared.strip());
    } catch (URISyntaxException e) {
      notes.add("canonical URL ignored: not a URL");
    }
    return url;
  }
}
