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
 * @param readAlso the page's own links to other articles (its "read also" box, or the articles
 *     a text page carried beside this one); not Marsad's related reads, which are computed
 * @param provenance where the article came from
 * @param annotations what the enrichment stages found in the text, layer by kind
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
    List<RelatedRef> readAlso,
    Provenance provenance,
    Annotations annotations) {

  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
    Objects.requireNonNull(title, "title");
    body = List.copyOf(body);
    credits = List.copyOf(credits);
    tags = List.copyOf(tags);
    readAlso = List.copyOf(readAlso);
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(annotations, "annotations");
  }

  /** An article as a reader makes it: nothing annotated yet. */
  public Article(String id, @Nullable String url, String title, List<String> body,
      @Nullable Published published, @Nullable String source, List<Credit> credits,
      List<String> tags, List<RelatedRef> readAlso, Provenance provenance) {
    this(id, url, title, body, published, source, credits, tags, readAlso, provenance, Annotations.NONE);
  }

  /** The body as one text, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", body);
  }

  public List<String> creditNames(Credit.Role role) {
    return credits.stream().filter(c -> c.role() == role).map(Credit::name).toList();
  }

  public Article withId(String newId) {
    return new Article(newId, url, title, body, published, source, credits, tags, readAlso, provenance, annotations);
  }

  public Article withReadAlso(List<RelatedRef> newReadAlso) {
    return new Article(id, url, title, body, published, source, credits, tags, newReadAlso, provenance, annotations);
  }

  public Article withProvenance(Provenance newProvenance) {
    return new Article(id, url, title, body, published, source, credits, tags, readAlso, newProvenance, annotations);
  }

  public Article withSource(@Nullable String newSource) {
    return new Article(id, url, title, body, published, newSource, credits, tags, readAlso, provenance, annotations);
  }

  /** The same article with its title, body and tags as given, e.g. normalized for display. */
  public Article withText(String newTitle, List<String> newBody, List<String> newTags) {
    return new Article(id, url, newTitle, newBody, published, source, credits, newTags, readAlso, provenance, annotations);
  }

  public Article withAnnotations(Annotations newAnnotations) {
    return new Article(id, url, title, body, published, source, credits, tags, readAlso, provenance, newAnnotations);
  }
}
