package org.marsad.model;

import org.jspecify.annotations.Nullable;

/** A link from an article to another stored article, such as the page's own "read also". */
public record RelatedRef(
    String id, String title, @Nullable String source, @Nullable Published published) {
  public RelatedRef {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
  }

  public static RelatedRef to(Article article) {
    return new RelatedRef(article.id(), article.title(), article.source(), article.published());
  }
}
