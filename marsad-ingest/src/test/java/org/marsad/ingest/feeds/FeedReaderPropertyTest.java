package org.marsad.ingest.feeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.marsad.model.Diagnostics;

/** Random bytes, mangled feeds and cut files never throw; a cut never invents items. */
class FeedReaderPropertyTest {
  private static final URI URL = URI.create("https://news.example.org/feed");
  private static final String[] FIXTURES = {
    "arabic-rss2.xml", "atom10.xml", "rss10-rdf.xml", "nbsp-entities.xml", "news-sitemap.xml", "sitemap-index.xml"
  };

  @Property(tries = 300)
  void feedReaderNeverThrowsOnRandomBytes(@ForAll @Size(max = 400) byte[] bytes) {
    Feed feed = new FeedReader().read(bytes, null, URL, new Diagnostics());
    assertThat(feed).isNotNull();
  }

  @Property(tries = 300)
  void sitemapReaderNeverThrowsOnRandomBytes(@ForAll @Size(max = 400) byte[] bytes) {
    Sitemap sitemap = new SitemapReader().read(bytes, "text/xml", URL, new Diagnostics());
    assertThat(sitemap).isNotNull();
  }

  @Property(tries = 300)
  void randomTextInsideAFeedNeverThrows(@ForAll @IntRange(min = 0, max = 5) int fixture,
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll String junk) {
    String xml = Fixtures.text(FIXTURES[fixture]);
    int i = at % (xml.length() + 1);
    byte[] mangled = (xml.substring(0, i) + junk + xml.substring(i)).getBytes(UTF_8);
    new FeedReader().read(mangled, null, URL, new Diagnostics());
    new SitemapReader().read(mangled, null, URL, new Diagnostics());
  }

  @Property(tries = 200)
  void aCutFeedNeverHasMoreItemsThanTheWholeOne(@ForAll @IntRange(min = 0, max = 2) int fixture,
      @ForAll @IntRange(min = 0, max = 100_000) int at) {
    byte[] whole = Fixtures.bytes(FIXTURES[fixture]);
    byte[] cut = Arrays.copyOf(whole, at % (whole.length + 1));
    int all = new FeedReader().read(whole, null, URL, new Diagnostics()).items().size();

    assertThat(new FeedReader().read(cut, null, URL, new Diagnostics()).items().size()).isLessThanOrEqualTo(all);
  }
}
