package org.marsad.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.marsad.model.Diagnostics;

/**
 * The article a page describes in JSON-LD: the first node whose {@code @type} is an article type
 * ({@code NewsArticle}, {@code ReportageNewsArticle}, any {@code *Article}, {@code BlogPosting}),
 * wherever it stands: a top-level object, an array, an {@code @graph}, or nested in a
 * {@code WebPage}'s {@code mainEntity}. The site's name comes from the article's publisher, else a
 * {@code WebSite} or {@code Organization} node. Thread-safe.
 */
final class JsonLdArticle {
  static final String ORIGIN = "json-ld";
  private static final int MAX_SCRIPTS = 20;
  private static final int MAX_NODES = 5_000;
  private static final Set<String> OTHER_ARTICLE_TYPES =
      Set.of("blogposting", "liveblogposting", "report", "socialmediaposting");
  private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>");
  private static final Pattern TAG = Pattern.compile("<[^<>]{0,2000}>");

  private final JsonLdParser parser = new JsonLdParser();

  /** The fields of the page's JSON-LD article; empty fields when it has none. */
  MetaFields read(Document doc, String url, Diagnostics diagnostics) {
    MetaFields fields = new MetaFields(ORIGIN);
    List<Object> roots = new ArrayList<>();
    int scripts = 0;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      if (++scripts > MAX_SCRIPTS) {
        break;
      }
      JsonLdParser.Result r = parser.parse(script.data());
      if (r.error() != null) {
        diagnostics.warn(url, "JSON-LD script " + scripts + " read in part: " + r.error());
      }
      roots.addAll(r.roots());
    }
    List<Map<?, ?>> nodes = nodes(roots);
    Map<?, ?> article = nodes.stream().filter(n -> isArticle(n.get("@type"))).findFirst().orElse(null);
    if (article != null) {
      fill(fields, article);
    }
    for (Map<?, ?> n : nodes) {
      if (hasType(n.get("@type"), "website") || hasType(n.get("@type"), "newsmediaorganization")
          || hasType(n.get("@type"), "organization")) {
        fields.siteName = MetaFields.first(fields.siteName, text(n.get("name")));
      }
      if (fields.language == null && hasType(n.get("@type"), "webpage")) {
        fields.language = MetaFields.first(null, text(n.get("inLanguage")));
      }
    }
    return fields;
  }

  private static void fill(MetaFields f, Map<?, ?> a) {
    f.title = MetaFields.first(text(a.get("headline")), text(a.get("name")));
    f.published = MetaFields.first(text(a.get("datePublished")), text(a.get("dateCreated")));
    f.modified = text(a.get("dateModified"));
    for (Object author : items(a.get("author"))) {
      String name = author instanceof Map<?, ?> m ? text(m.get("name")) : text(author);
      if (name != null) {
        f.authors.add(name);
      }
    }
    f.section = items(a.get("articleSection")).stream().map(JsonLdArticle::text).filter(s -> s != null)
        .findFirst().orElse(null);
    for (Object k : items(a.get("keywords"))) {
      String tag = text(k);
      if (tag != null) {
        f.tags.add(tag);
      }
    }
    Object publisher = items(a.get("publisher")).stream().findFirst().orElse(null);
    if (publisher instanceof Map<?, ?> p) {
      f.siteName = text(p.get("name"));
    }
    f.url = MetaFields.first(text(a.get("url")), idOf(a.get("mainEntityOfPage")));
    f.language = text(a.get("inLanguage"));
    Object body = a.get("articleBody");
    if (body instanceof String s && !s.isBlank()) {
      String plain = s.indexOf('<') >= 0 ? TAG.matcher(BREAKS.matcher(s).replaceAll("\n")).replaceAll("") : s;
      f.body = plain.indexOf('&') >= 0 ? Parser.unescapeEntities(plain, false) : plain;
    }
  }

  /** Every object in the values, parents before children, bounded so hostile input stays cheap. */
  private static List<Map<?, ?>> nodes(List<Object> roots) {
    List<Map<?, ?>> nodes = new ArrayList<>();
    Deque<Object> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    int seen = 0;
    while (!stack.isEmpty() && seen++ < MAX_NODES) {
      Object v = stack.pop();
      List<?> children;
      if (v instanceof Map<?, ?> m) {
        nodes.add(m);
        children = new ArrayList<>(m.values());
      } else if (v instanceof List<?> l) {
        children = l;
      } else {
        continue;
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        Object c = children.get(i);
        if (c instanceof Map<?, ?> || c instanceof List<?>) {
          stack.push(c);
        }
      }
    }
    return nodes;
  }

  static boolean isArticle(@Nullable Object type) {
    for (Object t : items(type)) {
      String name = localType(t);
      if (name.endsWith("article") || OTHER_ARTICLE_TYPES.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasType(@Nullable Object type, String wanted) {
    return items(type).stream().anyMatch(t -> localType(t).equals(wanted));
  }

  /** "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" all give "newsarticle". */
  private static String localType(@Nullable Object t) {
    if (!(t instanceof String s)) {
      return "";
    }
    int cut = Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf(':'), s.lastIndexOf('#')));
    return s.substring(cut + 1).strip().toLowerCase(Locale.ROOT);
  }

  private static @Nullable String idOf(@Nullable Object v) {
    if (v instanceof Map<?, ?> m) {
      return MetaFields.first(text(m.get("@id")), text(m.get("url")));
    }
    return text(v);
  }

  static List<?> items(@Nullable Object v) {
    return v == null ? List.of() : v instanceof List<?> l ? l : List.of(v);
  }

  /** A string value, entities decoded and tags dropped; null when blank or not a string. */
  static @Nullable String text(@Nullable Object v) {
    if (v instanceof List<?> l && !l.isEmpty()) {
      return text(l.get(0));
    }
    if (!(v instanceof String s) || s.isBlank()) {
      return null;
    }
    String t = s.indexOf('<') >= 0 ? TAG.matcher(s).replaceAll(" ") : s;
    t = t.indexOf('&') >= 0 ? Parser.unescapeEntities(t, false) : t;
    return t.isBlank() ? null : t.strip();
  }
}
