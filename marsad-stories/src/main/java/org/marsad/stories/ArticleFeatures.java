package org.marsad.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.stories.dedup.Fingerprint;
import org.marsad.stories.related.CompoundNames;
import org.marsad.stories.related.LeadTerms;
import org.marsad.stories.related.RelatedInput;
import org.marsad.stories.text.Places;
import org.marsad.stories.text.StoryTerms;
import org.marsad.stories.text.TermVector;

/**
 * What the stories engine compares of one article, computed once and without touching the
 * engine's state.
 *
 * @param time publication instant, or null when the article has none
 * @param length characters of body text
 * @param fingerprint the body's duplicate fingerprint
 * @param terms weighted stems of title and body
 * @param lead stems of the body's lead, which relatedness counts more
 * @param names split compound names as one word, for relatedness
 * @param places known places the article names, as search keys
 * @param wires credited news agencies, as search keys without spaces
 */
public record ArticleFeatures(
    String id,
    String title,
    @Nullable String source,
    @Nullable Instant time,
    int length,
    Fingerprint fingerprint,
    TermVector terms,
    TermVector lead,
    TermVector names,
    Set<String> places,
    Set<String> wires) {

  public ArticleFeatures {
    places = Set.copyOf(new TreeSet<>(places));
    wires = Set.copyOf(new TreeSet<>(wires));
  }

  /** Pure and thread-safe: the costly part of placing an article, so callers may run it anywhere. */
  public static ArticleFeatures of(Article a) {
    List<String> body = a.body();
    int length = 0;
    for (String p : body) {
      length += p.length();
    }
    RelatedInput r = relatedInputOf(a);
    return new ArticleFeatures(
        a.id(), a.title(), a.source(), r.time(), length, Fingerprint.of(body), r.terms(), r.lead(), r.names(), r.places(), wires(a));
  }

  /**
   * Only what related reads compare of an article ({@link #related()}), without the duplicate
   * fingerprint, which costs more than the rest together: for ranking candidates on every page view.
   */
  public static RelatedInput relatedInputOf(Article a) {
    List<String> body = a.body();
    Instant time = a.published() == null ? null : a.published().instant();
    return new RelatedInput(StoryTerms.of(a.title(), body), LeadTerms.of(body), CompoundNames.of(a.title(), body),
        Places.of(a.title(), body), time, a.source());
  }

  /** The article as related reads compare it. */
  public RelatedInput related() {
    return new RelatedInput(terms, lead, names, places, time, source);
  }

  /**
   * Agency names are short; a credit longer than {@link #MAX_WIRE_CHARS} is page debris, and
   * hostile pages may carry many: both are cut so a fingerprint stays small and encodable.
   */
  private static Set<String> wires(Article a) {
    List<String> keys = new ArrayList<>();
    for (String name : a.creditNames(Credit.Role.WIRE)) {
      String key = ArabicNormalizer.searchKey(name).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
      if (!key.isEmpty() && key.length() <= MAX_WIRE_CHARS && keys.size() < MAX_WIRES) {
        keys.add(key);
      }
    }
    return new TreeSet<>(keys);
  }

  static final int MAX_WIRE_CHARS = 100;
  static final int MAX_WIRES = 8;
}
