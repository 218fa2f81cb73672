package org.marsad.store.lucene;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.store.Placement;

/** Small hand-written articles for store tests. */
final class TestArticles {
  private TestArticles() {}

  static Article article(String id, String title, String body) {
    return article(id, title, body, null, null);
  }

  static Article article(String id, String title, String body, @Nullable String source, @Nullable Published published) {
    return new Article(
        id, null, title, List.of(body), published, source, List.of(), List.of(), List.of(), Provenance.of("test", "test"));
  }

  static Article tagged(String id, String title, @Nullable String source, @Nullable Published published, String... tags) {
    return new Article(
        id, null, title, List.of("body"), published, source, List.of(), List.of(tags), List.of(), Provenance.of("test", "test"));
  }

  /** A placement with a small fingerprint derived from its sequence. */
  static Placement placed(String groupId, String storyId, long sequence) {
    return new Placement(groupId, storyId, sequence, new byte[] {7, (byte) sequence, -1});
  }

  /** A UTC timestamp to the second, as a feed with an explicit zone would give it. */
  static Published utc(int year, int month, int day, int hour, int minute, int second) {
    return at(LocalDateTime.of(year, month, day, hour, minute, second), ZoneOffset.UTC);
  }

  static Published at(LocalDateTime local, @Nullable ZoneOffset offset) {
    return new Published(local, offset, local.toString(), Precision.SECOND);
  }
}
