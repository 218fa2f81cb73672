package org.marsad.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.arabic.encoding.MojibakeRepair;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.TitleDeriver;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;

/**
 * Reads the one article an HTML page holds. Contract used by the WARC reader and the feed
 * follower: the page's bytes are decoded ({@link HtmlDecoder}), its metadata read from the best
 * source that has each field ({@link PageMetadata}), its main text found by
 * {@link MainTextExtractor}, and its title and paragraphs repaired (mojibake) and given the
 * display normalization, as the other readers do. Bad content never throws: it gives an empty
 * result or a partial article, with a diagnostic naming the URL. Thread-safe.
 */
public final class HtmlArticleReader {
  public static final String NAME = "html";
  /** Larger pages are refused with a diagnostic: no news article needs more. */
  public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;
  static final String NOTE_CAPTURED = "published date is the capture time: the page gives none";
  static final String NOTE_ARTICLE_BODY = "body from JSON-LD articleBody";

  private final HtmlDecoder decoder = new HtmlDecoder();
  private final ArabicDateParser arabicDates = new ArabicDateParser();
  private final MetaDates dates = new MetaDates(arabicDates);
  private final JsonLdArticle jsonLd = new JsonLdArticle();
  private final HtmlVisibleMeta visible = new HtmlVisibleMeta(arabicDates);
  private final MojibakeRepair mojibake = new MojibakeRepair();

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
    if (html.length == 0) {
      diagnostics.error(url, "empty page");
      return Optional.empty();
    }
    try {
      return readPage(html, contentType, url, captured, diagnostics);
    } catch (RuntimeException e) {
      // Last line of defence for hostile pages: a reader bug must cost one page, not the crawl.
      diagnostics.error(url, "page could not be read: " + e);
      return Optional.empty();
    }
  }

  /** The page's metadata alone, for tools and tests; null when the bytes are not a text page. */
  @Nullable PageMetadata metadata(byte[] html, @Nullable String contentType, String url, Diagnostics diagnostics) {
    HtmlDecoder.Decoded decoded = decoder.decode(html, contentType);
    return decoded == null ? null : metadata(Jsoup.parse(decoded.text(), url), url, List.of(), diagnostics);
  }

  private Optional<Article> readPage(
      byte[] html, @Nullable String contentType, String url, @Nullable Instant captured, Diagnostics diagnostics) {
    HtmlDecoder.Decoded decoded = decoder.decode(html, contentType);
    if (decoded == null) {
      diagnostics.error(url, "binary content, not an HTML page");
      return Optional.empty();
    }
    List<String> notes = new ArrayList<>();
    notes.add("charset " + decoded.charset().name() + ": " + decoded.reason());
    Document doc = Jsoup.parse(decoded.text(), url);
    Element h1 = doc.selectFirst("h1");
    String h1Text = h1 == null ? null : h1.text();
    String pageTitle = doc.title();
    MetaFields visibleFields = visible.read(doc, List.of());
    List<String> body = clean(new MainTextExtractor().extract(doc), url, diagnostics);
    if (visibleFields.authors.isEmpty()) {
      visibleFields = withBodyByline(visibleFields, body);
    }
    PageMetadata meta = metadata(doc, url, List.of(visibleFields), diagnostics);
    if (body.isEmpty() && meta.body() != null) {
      body = clean(meta.body().lines().toList(), url, diagnostics);
      if (!body.isEmpty()) {
        notes.add(NOTE_ARTICLE_BODY);
      }
    }
    if (body.isEmpty()) {
      body = clean(ShortPageText.paragraphs(doc), url, diagnostics);
      if (!body.isEmpty()) {
        notes.add("short page: its paragraphs taken as they are");
      }
    }
    if (body.isEmpty()) {
      diagnostics.warn(url, "no article text");
      return Optional.empty();
    }
    String canonical = canonical(meta.url(), url, notes);
    String title = title(meta, h1Text, pageTitle, canonical, body, notes);
    Published published = meta.published();
    if (published == null && captured != null) {
      published = fromCapture(captured);
      notes.add(NOTE_CAPTURED);
    } else if (published != null && HtmlVisibleMeta.ORIGIN.equals(meta.origins().get("published"))) {
      notes.add("published date read from the page's visible text");
    }
    if (meta.modified() != null) {
      notes.add("modified " + meta.modified().iso());
    }
    if (meta.language() != null) {
      notes.add("language " + meta.language());
    }
    if (meta.section() != null) {
      notes.add("section " + line(meta.section()));
    }
    String source = meta.siteName() == null ? null : line(meta.siteName());
    source = source == null || source.isEmpty() ? null : source;
    return Optional.of(new Article(ArticleIds.forUrl(canonical), canonical, title, body, published, source,
        HtmlCredits.credits(meta.authors().stream().map(this::line).toList(), source, body),
        meta.tags().stream().map(this::line).filter(t -> !t.isEmpty()).distinct().toList(), List.of(),
        new Provenance(url, NAME, null, notes)));
  }

  private PageMetadata metadata(Document doc, String url, List<MetaFields> extra, Diagnostics diagnostics) {
    var meta = MetaTags.collect(doc);
    List<MetaFields> sources = new ArrayList<>(List.of(jsonLd.read(doc, url, diagnostics), MetaTags.openGraph(meta),
        MetaTags.canonical(doc), MetaTags.other(meta), HtmlMicrodata.time(doc), HtmlMicrodata.microdata(doc)));
    sources.addAll(extra);
    MetaFields language = MetaTags.language(doc, meta);
    // The page's own lang attribute outranks a JSON-LD inLanguage copied from a site template.
    sources.add(0, language);
    return PageMetadata.resolve(sources, dates, url, diagnostics);
  }

  private MetaFields withBodyByline(MetaFields fields, List<String> body) {
    for (int i = 0; i < Math.min(2, body.size()); i++) {
      String name = visible.byline(body.get(i));
      if (name != null) {
        fields.authors.add(name);
        break;
      }
    }
    return fields;
  }

  /** JSON-LD headline, og:title, h1, other meta titles, {@code <title>}, then the body's first sentence. */
  private String title(PageMetadata meta, @Nullable String h1, String pageTitle, String url, List<String> body,
      List<String> notes) {
    String origin = meta.origins().get("title");
    List<String> candidates = new ArrayList<>();
    if (JsonLdArticle.ORIGIN.equals(origin) || MetaTags.OPEN_GRAPH.equals(origin)) {
      candidates.add(meta.title());
    }
    candidates.add(h1);
    candidates.add(meta.title());
    candidates.add(pageTitle);
    for (String c : candidates) {
      String t = c == null ? "" : line(HtmlTitles.stripSiteName(line(c), meta.siteName(), url));
      if (!t.isEmpty()) {
        return t;
      }
    }
    notes.add(TitleDeriver.NOTE);
    return TitleDeriver.fromBody(body);
  }

  /**
   * The canonical URL when it is an absolute http(s) URL that does not point at the site's home:
   * some content systems print the home page as every page's canonical URL.
   */
  private static String canonical(@Nullable String declared, String url, List<String> notes) {
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

  private static Published fromCapture(Instant captured) {
    LocalDateTime local = LocalDateTime.ofInstant(captured, ZoneOffset.UTC);
    Precision precision = local.getNano() != 0 || local.getSecond() != 0 ? Precision.SECOND
        : local.getMinute() != 0 ? Precision.MINUTE
        : local.getHour() != 0 ? Precision.HOUR : Precision.DAY;
    return new Published(local, ZoneOffset.UTC, captured.toString(), precision);
  }

  /** Paragraphs repaired line by line, display-normalized, whitespace collapsed, empty ones dropped. */
  private List<String> clean(List<String> paragraphs, String url, Diagnostics diagnostics) {
    List<String> out = new ArrayList<>();
    int repaired = 0;
    for (String p : paragraphs) {
      String fixed = repair(p);
      repaired += fixed.equals(p) ? 0 : 1;
      String l = display(fixed);
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    if (repaired > 0) {
      diagnostics.warn(url, "repaired the encoding of " + repaired + " paragraph(s)");
    }
    return out;
  }

  /** One line as shown: mojibake repaired, display form, whitespace collapsed. */
  private String line(String raw) {
    return display(repair(raw));
  }

  private String repair(String text) {
    return mojibake.looksBroken(text) ? mojibake.repair(text) : text;
  }

  private static String display(String text) {
    return ArabicNormalizer.display(text).text().replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
  }
}
