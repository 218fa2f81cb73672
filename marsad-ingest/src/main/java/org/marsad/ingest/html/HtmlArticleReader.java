package org.marsad.ingest.html;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.ArticleIds;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Provenance;

/**
 * Reads the one article an HTML page holds. Contract used by the WARC reader and the feed
 * follower; the extraction behind it is the html package's business.
 */
public final class HtmlArticleReader {
  public static final String NAME = "html";
  /** Larger pages are refused with a diagnostic: no news article needs more. */
  public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

  /**
   * The article of the page, or empty with a diagnostic when the page holds none.
   *
   * @param html the page's bytes as received
   * @param contentType the HTTP Content-Type header, which may name a charset, or null
   * @param url the page's URL (the record URI in a WARC); a canonical URL in the page wins
   * @param captured when the page was fetched or archived: the fallback publication date, or null
   */
  public Optional<Article> read(
      byte[] html, @Nullable String contentType, String url, @Nullable Instant captured, Diagnostics diagnostics) {
    if (html.length > MAX_PAGE_BYTES) {
      diagnostics.error(url, "page too large (" + html.length + " bytes)");
      return Optional.empty();
    }
    Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), url);
    List<String> body = new MainTextExtractor().extract(doc);
    if (body.isEmpty()) {
      diagnostics.warn(url, "no article text");
      return Optional.empty();
    }
    Element h1 = doc.selectFirst("h1");
    String title = h1 != null ? h1.text() : doc.title();
    return Optional.of(new Article(
        ArticleIds.forUrl(url), url, title, body, null, null, List.of(), List.of(), List.of(), Provenance.of(url, NAME)));
  }
}
