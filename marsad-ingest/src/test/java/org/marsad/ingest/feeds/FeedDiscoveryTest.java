package org.marsad.ingest.feeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {
  @Test
  void alternateFeedLinksAreResolvedAgainstTheBaseInPageOrder() {
    var feeds = FeedDiscovery.discover(Fixtures.bytes("discovery.html"), "text/html; charset=utf-8",
        URI.create("https://news.example.org/ar/index.html"));

    assertThat(feeds).containsExactly(
        URI.create("https://news.example.org/ar/rss/latest.xml"),
        URI.create("https://news.example.org/atom.xml"),
        URI.create("https://news.example.org/feed.json"));
  }

  @Test
  void aPageWithoutFeedLinksGivesNone() {
    var feeds = FeedDiscovery.discover("<html><head><title>x</title></head></html>".getBytes(UTF_8), null,
        URI.create("https://a.example/"));

    assertThat(feeds).isEmpty();
  }

  @Test
  void bytesThatAreNoHtmlGiveNone() {
    assertThat(FeedDiscovery.discover(new byte[] {(byte) 0xFF, 0, 1, 2}, "text/html; charset=bogus-x",
        URI.create("https://a.example/"))).isEmpty();
  }
}
