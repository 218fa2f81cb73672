package org.marsad.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One news article as extracted: clean fields, credits and links, no page furniture.
 *
 * @param id stable identity (see the ingest module's {@code ArticleIds})
 * @param url canonical URL, or null when the page gave none
 * @param title headline as published
 * @param body clean paragraphs as published, in order
 * @param published publication date, or null when the page gave none that could be read
 * @param source the outlet the article is from (the {@code SOURCE} credit, or the record's source)
 * @param credits author, preparer, source and wire credits, wire credits in chain order
 * @param tags the site's own tags, as phrases, without duplicates
 * @param related links to other articles, such as the page's embedded "read also"
 * @param provenance where the article came from
 */
public record Article(
    String id,
    @Nullable String url,
    String title,
    List<String> body,
    @Nullable Published published,
    @Nullable String source,
    List<Credit> credits,
    List<String> tags,
    List<RelatedRef> related,
    Provenance provenance) {

  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
    Objects.requireNonNull(title, "title");
    body = List.copyOf(body);
    credits = List.copyOf(credits);
    tags = List.copyOf(tags);
    related = List.copyOf(related);
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The body as one text, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", body);
  }

  public List<String> creditNames(Credit.Role role) {
    return credits.stream().filter(c -> c.role() == role).map(Credit::name).toList();
  }

  public Article withId(String newId) {
    return new Article(newId, url, title, body, published, source, credits, tags, related, provenance);
  }

  public Article withRelated(List<RelatedRef> newRelated) {
    return new Article(id, url, title, body, published, source, credits, tags, newRelated, provenance);
  }

  public Article withProvenance(Provenance newProvenance) {
    return new Article(id, url, title, body, published, source, credits, tags, related, newProvenance);
  }
}
