package org.marsad.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.ArticleIds;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Diagnostics;

class FeedItemsTest {
  private static final URI FEED_URL = URI.create("https://news.example.org/ar/rss.xml");

  @Test
  void feedItemBecomesAnArticleWithTheSummaryAsBody() {
    Feed feed = new FeedReader().read(Fixtures.bytes("arabic-rss2.xml"), null, FEED_URL, new Diagnostics());
    FeedItem item = feed.items().get(0);

    Article a = FeedItems.toArticle(item, feed, FEED_URL, "مرصد");

    assertThat(a.id()).isEqualTo(ArticleIds.forUrl(item.url()));
    assertThat(a.url()).isEqualTo(item.url());
    assertThat(a.title()).isEqualTo("افتتاح معرض الكتاب في الرياض");
    assertThat(a.body()).containsExactly("افتتح معرض الكتاب أبوابه صباح اليوم.", "ويستمر المعرض عشرة أيام.");
    assertThat(a.published()).isEqualTo(item.published());
    assertThat(a.source()).isEqualTo("مرصد");
    assertThat(a.creditNames(Credit.Role.AUTHOR)).containsExactly("سارة العلي");
    assertThat(a.tags()).containsExactly("ثقافة", "السعودية");
    assertThat(a.provenance().reader()).isEqualTo("feed");
    assertThat(a.provenance().location()).isEqualTo(FEED_URL.toString());
    assertThat(a.provenance().notes()).contains(FeedItems.NOTE_SUMMARY_ONLY);
  }

  @Test
  void withoutSourceTheFeedTitleStandsIn() {
    Feed feed = new Feed("قناة", null, java.util.List.of());
    FeedItem item = new FeedItem("https://a.example/x/خبر-عاجل-اليوم", null, null, null, null,
        java.util.List.of(), java.util.List.of());

    Article a = FeedItems.toArticle(item, feed, FEED_URL, null);

    assertThat(a.source()).isEqualTo("قناة");
    assertThat(a.body()).isEmpty();
    assertThat(a.title()).isEqualTo("خبر عاجل اليوم");
  }
}
