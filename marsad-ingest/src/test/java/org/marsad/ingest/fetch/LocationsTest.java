package org.marsad.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LocationsTest {
  private static final URI BASE = URI.create("https://news.example/section/page.html?x=1");

  @Test
  void relativeAbsoluteAndSchemeRelativeLocations() throws Exception {
    assertThat(Locations.resolve(BASE, "other.html")).isEqualTo(URI.create("https://news.example/section/other.html"));
    assertThat(Locations.resolve(BASE, "/top")).isEqualTo(URI.create("https://news.example/top"));
    assertThat(Locations.resolve(BASE, "//cdn.example/a")).isEqualTo(URI.create("https://cdn.example/a"));
    assertThat(Locations.resolve(BASE, "http://other.example/")).isEqualTo(URI.create("http://other.example/"));
    assertThat(Locations.resolve(BASE, "?page=2")).isEqualTo(URI.create("https://news.example/section/page.html?page=2"));
  }

  @Test
  void dotSegmentsNeverClimbAboveTheRoot() throws Exception {
    assertThat(Locations.resolve(BASE, "../../../up")).isEqualTo(URI.create("https://news.example/up"));
    assertThat(Locations.resolve(BASE, "../b/./c")).isEqualTo(URI.create("https://news.example/b/c"));
  }

  @Test
  void aBaseWithoutAPathKeepsTheSlash() throws Exception {
    assertThat(Locations.resolve(URI.create("http://news.example"), "feed.xml"))
        .isEqualTo(URI.create("http://news.example/feed.xml"));
  }

  @Test
  void spacesAndArabicArePercentEncoded() throws Exception {
    assertThat(Locations.resolve(BASE, "/a b")).isEqualTo(URI.create("https://news.example/a%20b"));
    assertThat(Locations.resolve(BASE, "/خبر")).isEqualTo(URI.create("https://news.example/%D8%AE%D8%A8%D8%B1"));
    assertThat(Locations.resolve(BASE, "/%D8%AE")).isEqualTo(URI.create("https://news.example/%D8%AE"));
  }

  @Test
  void anUnparseableLocationIsABadUrl() {
    assertThatThrownBy(() -> Locations.resolve(BASE, "http://[::1/"))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BAD_URL));
    // This one parses, with a registry authority and no host: the fetcher refuses it.
    assertThatThrownBy(() -> Fetcher.checked(Locations.resolve(BASE, "http://a b:x/")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BAD_URL));
  }
}
