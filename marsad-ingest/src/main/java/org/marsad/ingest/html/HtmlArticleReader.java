package org.marsad.ingest.html;

import java.time.Instant;
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
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.DocumentAddress;
import org.marsad.ingest.DocumentReader;
import org.marsad.ingest.NotReadable;
import org.marsad.ingest.TitleDeriver;
import org.marsad.ingest.charset.CharsetDecider;
import org.marsad.ingest.charset.CharsetDecider.Decoded;
import org.marsad.ingest.charset.CharsetDecider.Markup;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Provenance;
import org.marsad.model.Published;

/**
 * Reads the one article an HTML page holds. Contract used by the WARC reader and the feed
 * follower: the page's bytes are decoded ({@link CharsetDecider}), its metadata read from the best
 * source that has each field ({@link PageMetadata}), its main text found by
 * {@link MainTextExtractor}, and its title and paragraphs repaired (mojibake) and given the
 * display normalization, as the other readers do. Lines of the text that are fields go to their
 * fields ({@link BodyFields}: bylines to credits, the repeated headline to nothing), the page's
 * read-also boxes become its related reads ({@link RelatedLinks}), and short paragraphs that the
 * site repeats on its other pages go ({@link SiteFurniture}). Bad content never throws: it gives
 * an empty result or a partial article, with a diagnostic naming the URL.
 *
 * <p>Thread-safe. A reader remembers what each site's pages repeat (its {@link SiteFurniture}), so
 * keep one reader for the life of a crawl or an ingest: a site's second and later pages lose the
 * furniture its first ones showed.
 */
public final class HtmlArticleReader implements DocumentReader {
  public static final String NAME = "html";
  /** Larger pages are refused with a diagnostic: no news article needs more. */
  public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;
  static final String NOTE_CAPTURED = "published date is the capture time: the page gives none";
  static final String NOTE_ARTICLE_BODY = "body from JSON-LD articleBody";

  private final CharsetDecider charsets = new CharsetDecider();
  private final ArabicDateParser arabicDates = new ArabicDateParser();
  private final MetaDates dates = new MetaDates(arabicDates);
  private final JsonLdArticle jsonLd = new JsonLdArticle();
  private final HtmlVisibleMeta visible = new HtmlVisibleMeta(arabicDates);
  private final MojibakeRepair mojibake = new MojibakeRepair();
  private final MainTextExtractor extractor = new MainTextExtractor();
  private final SiteFurniture furniture;

  /** A reader with a memory of its own for what sites repeat ({@link SiteFurniture#DEFAULTS}). */
  public HtmlArticleReader() {
    this(new SiteFurniture());
  }

  /** A reader that learns into {@code furniture}, which other readers may share. */
  public HtmlArticleReader(SiteFurniture furniture) {
    this.furniture = furniture;
  }

  /**
   * The page's article. A page without an address of its own (a local file, a request body) is
   * named for its id by {@link DocumentAddress}, unless it gives a canonical URL; provenance keeps
   * the document's location as given, not the server's path.
   */
  @Override
  public void read(org.marsad.model.Document document, ArticleSink sink, Diagnostics diagnostics) throws java.io.IOException {
    NotReadable.requireAtMost(document, MAX_PAGE_BYTES, "an HTML page");
    Optional<Article> article = read(document.bytes(), document.mediaType().orElse(null), DocumentAddress.of(document),
        document.fetchedAt().orElse(null), diagnostics);
    if (article.isPresent()) {
      Article a = article.get();
      sink.accept(document.url().isPresent() ? a : a.withProvenance(
          new Provenance(document.location(), a.provenance().reader(), a.provenance().embeddedIn(), a.provenance().notes())));
    }
  }

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
    Decoded decoded = decode(html, contentType);
    return decoded == null ? null : metadata(Jsoup.parse(decoded.text(), url), url, List.of(), diagnostics);
  }

  /** The page's text, or null when the bytes are not a text page (binary content). */
  private @Nullable Decoded decode(byte[] html, @Nullable String contentType) {
    return CharsetDecider.looksBinary(html) ? null : charsets.decode(html, contentType, Markup.HTML);
  }

  private Optional<Article> readPage(
      byte[] html, @Nullable String contentType, String url, @Nullable Instant captured, Diagnostics diagnostics) {
    Decoded decoded = decode(html, contentType);
    if (decoded == null) {
      diagnostics.error(url, "binary content, not an HTML page");
      return Optional.empty();
    }
    List<String> notes = new ArrayList<>();
    notes.add("charset " + decoded.charset().name() + ": " + decoded.reason());
    Document doc = Jsoup.parse(decoded.text(), url);
    MainTextExtractor.MainText main = extractor.read(doc, List.of());
    List<String> body = clean(main.paragraphs(), url, diagnostics);
    List<String> bylines = BodyFields.takeBylines(body, visible);
    List<String> wires = BodyFields.takeWireLines(body);
    PageMetadata meta = metadata(doc, url, List.of(visibleFields(doc, body, bylines, main.infoLines())), diagnostics);
    body = fallbackBody(body, meta, doc, url, notes, diagnostics);
    if (body.isEmpty()) {
      diagnostics.warn(url, "no article text");
      return Optional.empty();
    }
    String canonical = MetaTags.usableCanonical(meta.url(), url, notes);
    String title = title(meta, doc, canonical, body, notes);
    BodyFields.dropHeadline(body, title);
    // Credits read the text before the site's furniture goes: a credit line the site repeats
    // ("المصدر: واس") still names the wire.
    List<String> creditText = List.copyOf(body);
    body = withoutSiteFurniture(body, canonical, title, notes);
    Published published = published(meta, captured, notes);
    String source = meta.siteName() == null ? null : line(meta.siteName());
    source = source == null || source.isEmpty() ? null : source;
    List<String> authors = new ArrayList<>(meta.authors());
    authors.addAll(bylines);
    // Agencies among the authors are wire credits; HtmlCredits sorts them out.
    authors.addAll(wires);
    return Optional.of(new Article(ArticleIds.forUrl(canonical), canonical, title, body, published, source,
        HtmlCredits.credits(authors.stream().map(this::line).distinct().toList(), source, creditText),
        meta.tags().stream().map(this::line).filter(t -> !t.isEmpty()).distinct().toList(),
        RelatedLinks.refs(main.readAlso(), url, canonical, this::line), new Provenance(url, NAME, null, notes)));
  }

  /** The JSON-LD articleBody, then the short page's paragraphs, when the extractor found no text. */
  private List<String> fallbackBody(List<String> body, PageMetadata meta, Document doc, String url, List<String> notes,
      Diagnostics diagnostics) {
    if (!body.isEmpty()) {
      return body;
    }
    if (meta.body() != null) {
      List<String> fromJson = clean(meta.body().lines().toList(), url, diagnostics);
      if (!fromJson.isEmpty()) {
        notes.add(NOTE_ARTICLE_BODY);
        return fromJson;
      }
    }
    List<String> shortPage = clean(ShortPageText.paragraphs(doc), url, diagnostics);
    if (!shortPage.isEmpty()) {
      notes.add("short page: its paragraphs taken as they are");
    }
    return shortPage;
  }

  /**
   * What a reader sees near the headline; the bylines taken from the text when nothing there names
   * an author (else a byline-like first line, left in the text: "كتب محمد علي" may start a
   * sentence), then an info line's author; and an info line's date ("نشر في: 12/03/2024") when
   * nothing there gives one.
   */
  private MetaFields visibleFields(Document doc, List<String> body, List<String> bylines, List<String> infoLines) {
    MetaFields fields = visible.read(doc, bylines.isEmpty() ? body : List.of());
    if (fields.authors.isEmpty()) {
      fields.authors.addAll(bylines);
    }
    for (String info : infoLines) {
      String date = FurnitureLines.publishedText(info);
      if (fields.published == null && date != null && arabicDates.parse(date).isPresent()) {
        fields.published = date;
      }
      String author = FurnitureLines.authorText(info);
      if (fields.authors.isEmpty() && author != null) {
        fields.authors.add(author);
      }
    }
    return fields;
  }

  /** The paragraphs without those the page's site repeats on its other pages; notes how many went. */
  private List<String> withoutSiteFurniture(List<String> body, String url, String title, List<String> notes) {
    List<Integer> repeated = furniture.furniture(url, title, body);
    if (repeated.isEmpty()) {
      return body;
    }
    List<String> out = new ArrayList<>(body);
    for (int k = repeated.size() - 1; k >= 0; k--) {
      out.remove((int) repeated.get(k));
    }
    notes.add("dropped " + repeated.size() + " line(s) the site repeats on its other pages");
    return out;
  }

  /**
   * The publication date, the capture time when the page gives none; notes where it came from and
   * the page's facts that the article has no field for (modified date, language, section).
   */
  private @Nullable Published published(PageMetadata meta, @Nullable Instant captured, List<String> notes) {
    Published published = meta.published();
    if (published == null && captured != null) {
      published = MetaDates.fromCapture(captured);
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
    return published;
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

  /**
   * JSON-LD headline, og:title, h1, other meta titles, a heading that {@code <title>} holds (old
   * layouts set the headline as an h2), {@code <title>}, then the body's first sentence.
   */
  private String title(PageMetadata meta, Document doc, String url, List<String> body, List<String> notes) {
    String origin = meta.origins().get("title");
    Element h1 = doc.selectFirst("h1");
    List<String> candidates = new ArrayList<>();
    if (JsonLdArticle.ORIGIN.equals(origin) || MetaTags.OPEN_GRAPH.equals(origin)) {
      candidates.add(meta.title());
    }
    candidates.add(h1 == null ? null : h1.text());
    candidates.add(meta.title());
    candidates.add(h1 == null ? HtmlTitles.headingInTitle(doc) : null);
    candidates.add(doc.title());
    for (String c : candidates) {
      String t = c == null ? "" : line(HtmlTitles.stripSiteName(line(c), meta.siteName(), url));
      if (!t.isEmpty()) {
        return t;
      }
    }
    notes.add(TitleDeriver.NOTE);
    return TitleDeriver.fromBody(body);
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
