package org.marsad.model;

import org.jspecify.annotations.Nullable;

/**
 * A link from an article to another article, such as the page's own "read also".
 *
 * @param id the linked article's id; for a link read from a page, the id its URL would be stored under
 * @param title the linked article's title, or the link's text
 * @param source the linked article's outlet, or null when the link does not say
 * @param published the linked article's publication date, or null when the link does not say
 * @param url the linked article's address, or null when it came without one
 */
public record RelatedRef(
    String id, String title, @Nullable String source, @Nullable Published published, @Nullable String url) {
  public RelatedRef {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
  }

  /** A link without an address, such as an article embedded in a text page. */
  public RelatedRef(String id, String title, @Nullable String source, @Nullable Published published) {
    this(id, title, source, published, null);
  }

  public static RelatedRef to(Article article) {
    return new RelatedRef(article.id(), article.title(), article.source(), article.published(), article.url());
  }
}
