package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Diagnostics;
import org.marsad.model.Published;

/**
 * A page's metadata, each field taken from the best source that gives it: the sources are passed
 * best first (JSON-LD, OpenGraph, canonical link, other meta, time elements, microdata, visible
 * text), and a date that cannot be read does not hide a later source's readable one.
 *
 * @param title the headline, before the site's name is stripped
 * @param published the publication date
 * @param modified the last modification date
 * @param authors author statements as given (split and cleaned by {@link HtmlCredits})
 * @param section the site's section
 * @param siteName the outlet's name
 * @param url the canonical URL
 * @param language the BCP 47 language tag
 * @param tags the site's tags, split on commas, without duplicates
 * @param body the JSON-LD articleBody, for pages whose text cannot be found otherwise
 * @param origins which source gave each field, by field name
 */
public record PageMetadata(
    @Nullable String title,
    @Nullable Published published,
    @Nullable Published modified,
    List<String> authors,
    @Nullable String section,
    @Nullable String siteName,
    @Nullable String url,
    @Nullable String language,
    List<String> tags,
    @Nullable String body,
    Map<String, String> origins) {

  private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*[,،;؛]\\s*");
  private static final int MAX_TAG_WORDS = 8;

  public PageMetadata {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    origins = Map.copyOf(origins);
  }

  static PageMetadata resolve(List<MetaFields> sources, MetaDates dates, String where, Diagnostics diagnostics) {
    Map<String, String> origins = new LinkedHashMap<>();
    String title = pick(sources, f -> f.title, "title", origins);
    Published published = date(sources, f -> f.published, "published", dates, origins, where, diagnostics);
    Published modified = date(sources, f -> f.modified, "modified", dates, origins, where, diagnostics);
    List<String> authors = List.of();
    for (MetaFields f : sources) {
      List<String> names = f.authors.stream().filter(a -> !HtmlCredits.names(a).isEmpty()).toList();
      if (!names.isEmpty()) {
        authors = names;
        origins.put("authors", f.origin);
        break;
      }
    }
    String section = pick(sources, f -> f.section, "section", origins);
    String siteName = pick(sources, f -> f.siteName, "siteName", origins);
    String url = pick(sources, f -> f.url, "url", origins);
    String language = pick(sources, f -> f.language, "language", origins);
    List<String> tags = List.of();
    for (MetaFields f : sources) {
      List<String> split = tags(f.tags, title);
      if (!split.isEmpty()) {
        tags = split;
        origins.put("tags", f.origin);
        break;
      }
    }
    String body = pick(sources, f -> f.body, "body", origins);
    return new PageMetadata(title, published, modified, authors, section, siteName, url, language, tags, body,
        origins);
  }

  private static @Nullable String pick(
      List<MetaFields> sources, Function<MetaFields, @Nullable String> field, String name, Map<String, String> origins) {
    for (MetaFields f : sources) {
      String v = field.apply(f);
      if (v != null && !v.isBlank()) {
        origins.put(name, f.origin);
        return v.strip();
      }
    }
    return null;
  }

  private static @Nullable Published date(List<MetaFields> sources, Function<MetaFields, @Nullable String> field,
      String name, MetaDates dates, Map<String, String> origins, String where, Diagnostics diagnostics) {
    for (MetaFields f : sources) {
      String raw = field.apply(f);
      if (raw == null || raw.isBlank()) {
        continue;
      }
      Published p = dates.parse(raw);
      if (p != null) {
        origins.put(name, f.origin);
        return p;
      }
      diagnostics.warn(where, name + " date from " + f.origin + " not understood: " + shorten(raw));
    }
    return null;
  }

  /** Tags split on Latin and Arabic commas, without duplicates, the title or sentence-long ones. */
  static List<String> tags(List<String> raw, @Nullable String title) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> tags = new ArrayList<>();
    String titleKey = title == null ? "" : HtmlCredits.key(title);
    for (String value : raw) {
      for (String part : TAG_SEPARATOR.split(value)) {
        String tag = part.strip().replaceAll("\\s+", " ");
        String key = HtmlCredits.key(tag);
        if (key.isEmpty() || key.equals(titleKey) || tag.split(" ").length > MAX_TAG_WORDS || !keys.add(key)) {
          continue;
        }
        tags.add(tag);
      }
    }
    return tags;
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
