package org.marsad.ingest.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The strict path: Rome reads every RSS and Atom version into one model. Rome keeps its secure
 * defaults (no DOCTYPE, so no external entity is ever fetched). Dates and guids are taken from
 * the raw entries when the lenient parse saw the same items, because Rome's model drops the
 * printed offset and the {@code isPermaLink} flag. Thread-safe.
 */
final class RomeFeeds {
  private RomeFeeds() {}

  /** Rome's feed for {@code xml}; throws when Rome cannot read it. */
  static SyndFeed build(String xml) throws FeedException {
    SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
    return input.build(new StringReader(xml));
  }

  /** An entry as Rome read it, with Rome's date for when no raw date string can be read. */
  record RomeEntry(RawEntry raw, @Nullable Date date) {}

  /**
   * The entries of Rome's feed, merged with {@code lenient} when it holds the same number of
   * items (then they are the same items in the same order).
   */
  static List<RomeEntry> entries(SyndFeed feed, List<RawEntry> lenient) {
    List<RomeEntry> out = new ArrayList<>();
    List<SyndEntry> entries = feed.getEntries();
    boolean aligned = lenient.size() == entries.size();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      out.add(new RomeEntry(entry(e, aligned ? lenient.get(i) : null), date));
    }
    return out;
  }

  private static RawEntry entry(SyndEntry e, @Nullable RawEntry raw) {
    String link = blankToNull(e.getLink());
    if (link == null) {
      for (SyndLink l : e.getLinks()) {
        String rel = l.getRel();
        if ((rel == null || rel.equals("alternate")) && blankToNull(l.getHref()) != null) {
          link = l.getHref();
          break;
        }
      }
    }
    String summary = null;
    boolean html = true;
    SyndContent description = e.getDescription();
    if (description != null && blankToNull(description.getValue()) != null) {
      summary = description.getValue();
      html = isHtml(description.getType());
    } else {
      for (SyndContent c : e.getContents()) {
        if (blankToNull(c.getValue()) != null) {
          summary = c.getValue();
          html = isHtml(c.getType());
          break;
        }
      }
    }
    List<String> authors = new ArrayList<>();
    for (SyndPerson p : e.getAuthors()) {
      if (blankToNull(p.getName()) != null) {
        authors.add(p.getName());
      }
    }
    if (authors.isEmpty() && blankToNull(e.getAuthor()) != null) {
      authors.add(e.getAuthor());
    }
    List<String> categories = new ArrayList<>();
    for (SyndCategory c : e.getCategories()) {
      if (blankToNull(c.getName()) != null) {
        categories.add(c.getName());
      }
    }
    if (raw != null) {
      // Rome maps some modules to nothing (dc:subject in RSS 1.0); the raw item has them
      link = link != null ? link : raw.link();
      authors = authors.isEmpty() ? raw.authors() : authors;
      categories = categories.isEmpty() ? raw.categories() : categories;
      if (summary == null) {
        summary = raw.summary();
        html = raw.summaryIsHtml();
      }
    }
    String guid = raw != null ? raw.guid() : blankToNull(e.getUri());
    boolean permaLink = raw != null && raw.guidIsPermaLink();
    List<String> dates = raw != null ? raw.dates() : List.of();
    return new RawEntry(link, guid, permaLink, e.getTitle() != null || raw == null ? e.getTitle() : raw.title(), dates, summary, html, authors, categories);
  }

  /** Rome types RSS descriptions text/html; Atom says text, html or xhtml. */
  private static boolean isHtml(@Nullable String type) {
    return type == null || type.toLowerCase(Locale.ROOT).contains("html");
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
