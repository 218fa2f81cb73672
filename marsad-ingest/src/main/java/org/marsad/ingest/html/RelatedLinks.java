package org.marsad.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.marsad.ingest.ArticleIds;
import org.marsad.model.RelatedRef;

/**
 * The page's own related reads, from the links of its read-also boxes ({@link ReadAlsoBoxes}):
 * each link's text as the title and its absolute URL, under the id the linked page would be
 * stored with ({@link ArticleIds#forUrl}), so a read that is ingested later resolves to it.
 * Links back to the page itself, to the site's home and to listings (tags, categories, authors,
 * search) are not reads; nor are links whose text is a word or two. Stateless.
 */
final class RelatedLinks {
  private RelatedLinks() {}

  /** A page's read-also boxes hold a handful of links; a related widget may hold dozens. */
  static final int MAX_LINKS = 20;
  /** A link text shorter than this is a tag or a "more" link, not a headline. */
  private static final int MIN_TITLE_CHARS = 12;
  private static final int MAX_TITLE_CHARS = 300;

  /** Path segments and query keys of listing pages. */
  private static final Pattern LISTING_SEGMENT = Pattern.compile(
      "tags?|category|categories|cat|section|sections|topics?|authors?|writers?|keywords?|labels?|search|archive|page");
  private static final Pattern LISTING_QUERY = Pattern.compile(
      "(?:^|&)(?:tag|tags|cat|category|section|topic|author|keyword|s|q|search|page)=");

  /**
   * The related reads of the boxes, in page order, without duplicates, at most {@link #MAX_LINKS};
   * {@code clean} turns a link's text into a title as the reader shows titles.
   */
  static List<RelatedRef> refs(List<ReadAlsoBoxes.Box> boxes, String pageUrl, String canonical, UnaryOperator<String> clean) {
    Set<String> self = new HashSet<>(List.of(ArticleIds.canonicalUrl(withoutFragment(pageUrl)),
        ArticleIds.canonicalUrl(withoutFragment(canonical))));
    Set<String> seen = new LinkedHashSet<>();
    List<RelatedRef> out = new ArrayList<>();
    for (ReadAlsoBoxes.Box box : boxes) {
      for (Element part : box.parts()) {
        for (Element a : part.select(ReadAlsoBoxes.LINK)) {
          if (out.size() >= MAX_LINKS) {
            return out;
          }
          String title = trim(ReadAlsoBoxes.withoutLabel(clean.apply(a.text())));
          String url = a.absUrl("href");
          String key = url.isEmpty() ? "" : ArticleIds.canonicalUrl(withoutFragment(url));
          if (title.length() >= MIN_TITLE_CHARS && title.length() <= MAX_TITLE_CHARS && isArticleLink(key)
              && !self.contains(key) && seen.add(key)) {
            out.add(new RelatedRef(ArticleIds.forUrl(key), title, null, null, key));
          }
        }
      }
    }
    return out;
  }

  /** An http(s) link to a page below the site's home that is not a listing. */
  static boolean isArticleLink(String url) {
    try {
      URI u = new URI(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        return false;
      }
      String path = u.getRawPath() == null ? "" : u.getRawPath();
      String query = u.getRawQuery();
      if ((path.isEmpty() || path.equals("/")) && query == null) {
        return false;
      }
      for (String segment : path.toLowerCase(Locale.ROOT).split("/")) {
        if (LISTING_SEGMENT.matcher(segment).matches()) {
          return false;
        }
      }
      return query == null || !LISTING_QUERY.matcher(query.toLowerCase(Locale.ROOT)).find();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  /** Without the bullets and separators some boxes put around each link. */
  private static String trim(String t) {
    return t.replaceAll("^[\\s|:\\-–—»›•·]+|[\\s|:\\-–—«‹•·]+$", "");
  }
}
