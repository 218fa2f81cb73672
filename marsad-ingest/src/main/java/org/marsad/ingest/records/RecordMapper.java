package org.marsad.ingest.records;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.encoding.MojibakeRepair;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.TitleDeriver;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Diagnostics;
import org.marsad.model.Provenance;
import org.marsad.model.Published;

/**
 * Turns one record's fields into an article. Text is kept as published: whitespace is tidied and
 * mojibake repaired, nothing else, because users read and quote it. Thread-safe.
 */
final class RecordMapper {
  static final String READER = "records";
  static final String NOTE_DATE_EXTRACTED = "date from date_extracted";

  // Aliases in priority order: the first non-empty one wins.
  static final List<String> TITLE = List.of("title", "headline", "name");
  static final List<String> BODY =
      List.of("content", "body", "text", "article", "articlebody", "description");
  static final List<String> URL = List.of("url", "link", "canonical_url", "canonicalurl");
  static final List<String> DATE =
      List.of("published", "date_published", "datepublished", "pubdate", "publish_date", "date",
          "published_at", "publishedat", "created_at", "date_extracted");
  static final List<String> SOURCE = List.of("source", "site", "outlet", "publisher", "source_name");
  static final List<String> AUTHOR = List.of("author", "authors", "byline");
  static final List<String> TAGS = List.of("tags", "keywords");
  static final Set<String> KNOWN =
      Set.copyOf(Stream.of(TITLE, BODY, URL, DATE, SOURCE, AUTHOR, TAGS).flatMap(List::stream).toList());

  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[،,;؛]\\s*");

  private final MojibakeRepair mojibake = new MojibakeRepair();
  private final RecordDates dates = new RecordDates();

  /** The article, or null when the record has nothing to show (reported as an ERROR). */
  @Nullable Article map(Map<String, Object> fields, String where, String label, Diagnostics diagnostics) {
    List<String> notes = new ArrayList<>();
    List<String> body = paragraphs(first(fields, BODY));
    String title = line(string(first(fields, TITLE)));
    String url = line(string(first(fields, URL)));
    if (title.isEmpty()) {
      title = deriveTitle(body, url, notes);
      if (title.isEmpty()) {
        diagnostics.error(where, label + ": no title and no body; skipped");
        return null;
      }
      // The message carries no title, so a corpus's many such records count as one kind.
      diagnostics.warn(where + " " + label, notes.get(notes.size() - 1));
    } else if (body.isEmpty()) {
      diagnostics.warn(where + " " + label, "title but no body");
    }
    String source = line(name(first(fields, SOURCE)));
    Published published = published(fields, where, label, notes, diagnostics);
    String id = url.isEmpty()
        ? ArticleIds.forContent(source.isEmpty() ? null : source, title, published)
        : ArticleIds.forUrl(url);
    return new Article(id, url.isEmpty() ? null : url, title, body, published,
        source.isEmpty() ? null : source, credits(first(fields, AUTHOR), source),
        tags(first(fields, TAGS)), List.of(), new Provenance(where, READER, null, notes));
  }

  /**
   * A title for a record without one: the body's first sentence, else the words of the URL's slug
   * (many sites put the headline there), else the URL's host and path; the note says which.
   */
  private static String deriveTitle(List<String> body, String url, List<String> notes) {
    String fromBody = TitleDeriver.fromBody(body);
    if (!fromBody.isEmpty()) {
      notes.add(TitleDeriver.NOTE);
      return fromBody;
    }
    // A record with only a URL still names a real article the scraper could not read: keep it,
    // findable by its URL, rather than lose it; the note and a warning say so.
    String fromUrl = TitleDeriver.fromUrl(url);
    if (fromUrl.isEmpty()) {
      fromUrl = TitleDeriver.urlLabel(url);
    }
    if (!fromUrl.isEmpty()) {
      notes.add(TitleDeriver.NOTE_FROM_URL);
    }
    return fromUrl;
  }

  /** Tries each date field in priority order, so one unreadable field does not hide a good one. */
  private @Nullable Published published(
      Map<String, Object> fields, String where, String label, List<String> notes, Diagnostics diagnostics) {
    Object unread = null;
    for (String name : DATE) {
      Object value = fields.get(name);
      if (RecordFields.isEmpty(value)) {
        continue;
      }
      Published p = dates.parse(value);
      if (p != null) {
        if (name.equals("date_extracted")) {
          notes.add(NOTE_DATE_EXTRACTED);
        }
        return p;
      }
      unread = unread == null ? value : unread;
    }
    if (unread != null) {
      diagnostics.warn(where, label + ": date not understood: " + unread);
    }
    return null;
  }

  private List<Credit> credits(@Nullable Object authors, String source) {
    Set<String> names = new LinkedHashSet<>();
    for (Object a : items(authors)) {
      String n = line(name(a));
      if (!n.isEmpty()) {
        names.addAll(splitNames(n));
      }
    }
    List<Credit> credits = new ArrayList<>();
    names.forEach(n -> credits.add(new Credit(Credit.Role.AUTHOR, n)));
    if (!source.isEmpty()) {
      credits.add(new Credit(Credit.Role.SOURCE, source));
    }
    return credits;
  }

  /**
   * Splits "a، b" only when every part looks like a full name (2 to 4 words): "الرياض، واس" is a
   * place and an agency, not two authors.
   */
  static List<String> splitNames(String names) {
    String[] parts = LIST_SEPARATOR.split(names);
    if (parts.length < 2) {
      return List.of(names);
    }
    for (String part : parts) {
      int words = part.isBlank() ? 0 : part.strip().split(" ").length;
      if (words < 2 || words > 4) {
        return List.of(names);
      }
    }
    return Stream.of(parts).map(String::strip).toList();
  }

  private List<String> tags(@Nullable Object value) {
    Set<String> tags = new LinkedHashSet<>();
    for (Object item : items(value)) {
      String text = name(item);
      String[] parts = item instanceof String ? text.split("[,،]") : new String[] {text};
      for (String part : parts) {
        String tag = line(part);
        if (!tag.isEmpty()) {
          tags.add(tag);
        }
      }
    }
    return List.copyOf(tags);
  }

  /** Paragraphs: one per line, repaired, whitespace collapsed, empty ones dropped. */
  private List<String> paragraphs(@Nullable Object value) {
    List<String> paragraphs = new ArrayList<>();
    for (Object item : items(value)) {
      if (item instanceof String text) {
        for (String raw : Text.lines(text)) {
          String p = line(raw);
          if (!p.isEmpty()) {
            paragraphs.add(p);
          }
        }
      }
    }
    return paragraphs;
  }

  /** One line as shown: mojibake repaired when it looks broken, whitespace collapsed. */
  private String line(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    String text = mojibake.looksBroken(raw) ? mojibake.repair(raw) : raw;
    return Text.collapse(text);
  }

  private static @Nullable Object first(Map<String, Object> fields, List<String> aliases) {
    for (String alias : aliases) {
      Object value = fields.get(alias);
      if (!RecordFields.isEmpty(value)) {
        return value;
      }
    }
    return null;
  }

  private static List<?> items(@Nullable Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> list ? list : List.of(value);
  }

  private static @Nullable String string(@Nullable Object value) {
    return value instanceof String s ? s : null;
  }

  /** A string, or the {@code name} of an object such as {"name": "..."}. */
  private static String name(@Nullable Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Map<?, ?> m && m.get("name") instanceof String s) {
      return s;
    }
    return "";
  }
}
