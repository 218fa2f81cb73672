package org.marsad.ingest.page;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.arabic.dates.DateOrder;
import org.marsad.ingest.ArticleIds;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Provenance;
import org.marsad.model.RelatedRef;

/**
 * Reads a scraped aggregator text page into its articles: the main article first, then each "read
 * also" article of another outlet that the page glued after it, each linked from the main one.
 * Pages come in many layouts (navigation above the headline, a repeated headline, date and source on
 * one line, bylines, outlet credits such as "المناطق_متابعات", mojibake lines); what cannot be read
 * is reported in the diagnostics and never thrown. Thread-safe.
 */
public final class AggregatorPageReader {
  public static final String NAME = "aggregator-page";
  /** Larger files are not pages; they are refused rather than read into memory. */
  public static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

  private final PageDecoder decoder = new PageDecoder();
  private final SectionSplitter splitter = new SectionSplitter();
  /** Classifier and parser for pages that write numeric dates day first, and month first. */
  private final Map<DateOrder, LineClassifier> classifiers = new EnumMap<>(DateOrder.class);
  private final Map<DateOrder, SectionParser> parsers = new EnumMap<>(DateOrder.class);

  public AggregatorPageReader() {
    PageLexicon lexicon = PageLexicon.defaults();
    TagChunker tags = new TagChunker(lexicon);
    for (DateOrder order : DateOrder.values()) {
      ArabicDateParser dates = new ArabicDateParser(order);
      classifiers.put(order, new LineClassifier(lexicon, dates));
      parsers.put(order, new SectionParser(dates, tags));
    }
  }

  /** Reads a page from its bytes, on its own; an empty list (and an error) when they are not a text page. */
  public List<Article> read(byte[] bytes, String location, Diagnostics diagnostics) {
    return read(bytes, location, SiteTemplate.NONE, diagnostics);
  }

  /**
   * Reads a page from its bytes with what its site's other pages taught ({@link SiteTemplates});
   * an empty list (and an error) when they are not a text page.
   */
  public List<Article> read(byte[] bytes, String location, SiteTemplate site, Diagnostics diagnostics) {
    if (bytes.length > MAX_PAGE_BYTES) {
      diagnostics.error(location, "too large for a page (" + bytes.length / (1024 * 1024) + " MB > " + MAX_PAGE_BYTES / (1024 * 1024) + " MB)");
      return List.of();
    }
    String text = decoder.decode(bytes, location, diagnostics);
    return text == null ? List.of() : read(text, location, site, diagnostics);
  }

  /** Reads a page from its text, on its own. */
  public List<Article> read(String text, String location, Diagnostics diagnostics) {
    return read(text, location, SiteTemplate.NONE, diagnostics);
  }

  /** Reads a page from its text with what its site's other pages taught. */
  public List<Article> read(String text, String location, SiteTemplate site, Diagnostics diagnostics) {
    List<PageLine> lines = decoder.lines(text, location, diagnostics);
    DateOrder order = PageDateOrder.of(lines, site);
    LineClassifier classifier = classifiers.get(order);
    List<PageEntry> entries = new ArrayList<>();
    List<LineFacts> classified = new ArrayList<>(lines.size());
    for (PageLine line : lines) {
      classified.add(classifier.classify(line, site));
    }
    for (int i = 0; i < lines.size(); i++) {
      PageLine line = lines.get(i);
      LineFacts facts = classified.get(i);
      if (facts.kind() == LineFacts.Kind.FURNITURE && classifier.isTemplateLine(line, site) && HeadlineFinder.confirmedBelow(lines, classified, i)) {
        // A sibling listed this page's headline in its most-read box: here the text under it confirms it.
        facts = LineFacts.text();
      }
      if (facts.kind() != LineFacts.Kind.FURNITURE) {
        entries.add(new PageEntry(line, facts));
      }
    }
    if (entries.isEmpty()) {
      diagnostics.error(location, "empty page: no text");
      return List.of();
    }
    int lastLine = lines.stream().filter(l -> !l.isBlank()).mapToInt(PageLine::number).max().orElse(0);
    List<Article> articles = new ArrayList<>();
    for (PageSection section : splitter.split(entries, location, diagnostics)) {
      ParsedSection parsed = parsers.get(order).parse(section, location, lastLine, site, diagnostics);
      if (parsed.title().isBlank()) {
        // No headline, and no sentence of the body has a letter or a digit to derive one from.
        diagnostics.warn(location, "a section without text was skipped");
        continue;
      }
      articles.add(toArticle(parsed, location, section.embedded()));
    }
    return link(articles);
  }

  private static Article toArticle(ParsedSection s, String location, boolean embedded) {
    String id = ArticleIds.forContent(s.source(), s.title(), s.published());
    Provenance provenance = new Provenance(location + (embedded ? "#read-also" : ""), NAME, null, s.notes());
    return new Article(id, null, s.title(), s.body(), s.published(), s.source(), s.credits(), s.tags(), List.of(), provenance);
  }

  /** Links the main article to the embedded ones and marks where those came from. */
  private static List<Article> link(List<Article> articles) {
    if (articles.size() < 2) {
      return articles;
    }
    Article main = articles.get(0);
    List<Article> out = new ArrayList<>();
    List<RelatedRef> refs = new ArrayList<>();
    for (Article a : articles.subList(1, articles.size())) {
      Provenance p = a.provenance();
      Article embedded = a.withProvenance(new Provenance(p.location(), p.reader(), main.id(), p.notes()));
      refs.add(RelatedRef.to(embedded));
      out.add(embedded);
    }
    out.add(0, main.withReadAlso(refs));
    return out;
  }
}
