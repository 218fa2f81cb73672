package org.marsad.app.stories;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What stories know of one article.
 *
 * @param duplicateOf the canonical article of its duplicate group, when that is another article
 * @param copies the other members of its duplicate group, canonical first
 * @param storyId its story, null for an article stored without a placement
 * @param related reads Marsad chose for it, best first
 */
public record ArticleStories(@Nullable String duplicateOf, List<Copy> copies, @Nullable String storyId, List<RelatedRead> related) {
  public ArticleStories {
    copies = List.copyOf(copies);
    related = List.copyOf(related);
  }

  /** Outlets that published the text: this article's and its copies'. */
  public int outlets(@Nullable String ownSource) {
    Set<String> names = new TreeSet<>();
    if (ownSource != null) {
      names.add(ownSource);
    }
    copies.forEach(c -> {
      if (c.source() != null) {
        names.add(c.source());
      }
    });
    return names.size();
  }
}
