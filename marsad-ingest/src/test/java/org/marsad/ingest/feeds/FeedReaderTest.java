package org.marsad.ingest.feeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;
import org.marsad.model.Precision;

class FeedReaderTest {
  private static final URI FEED_URL = URI.create("https://news.example.org/ar/rss.xml");
  private final FeedReader reader = new FeedReader();
  private final Diagnostics diagnostics = new Diagnostics();

  private Feed read(byte[] bytes, String contentType) {
    return reader.read(bytes, contentType, FEED_URL, diagnostics);
  }

  private List<String> messages() {
    return diagnostics.list().stream().map(Diagnostic::message).toList();
  }

  @Test
  void rss2WithCdataHtmlGivesPlainParagraphs() {
    Feed feed = read(Fixtures.bytes("arabic-rss2.xml"), "application/rss+xml");

    assertThat(feed.title()).isEqualTo("مرصد الأخبار - آخر الأخبار");
    assertThat(feed.siteUrl()).isEqualTo("https://news.example.org/");
    assertThat(feed.items()).hasSize(3);
    FeedItem first = feed.items().get(0);
    assertThat(first.title()).isEqualTo("افتتاح معرض الكتاب في الرياض");
    assertThat(first.summary()).isEqualTo("افتتح معرض الكتاب أبوابه صباح اليوم.\n\nويستمر المعرض عشرة أيام.");
    assertThat(first.authors()).containsExactly("سارة العلي");
    assertThat(first.categories()).containsExactly("ثقافة", "السعودية");
    assertThat(first.guid()).isEqualTo("item-1001");
  }

  @Test
  void relativeLinkIsResolvedAgainstTheFeedUrl() {
    Feed feed = read(Fixtures.bytes("arabic-rss2.xml"), null);

    assertThat(feed.items().get(0).url()).isEqualTo("https://news.example.org/ar/news/2024/11/24/book-fair");
  }

  @Test
  void permaLinkGuidStandsInForAMissingLink() {
    FeedItem oil = read(Fixtures.bytes("arabic-rss2.xml"), null).items().get(1);

    assertThat(oil.url()).isEqualTo("https://news.example.org/ar/news/oil-prices");
    assertThat(oil.summary()).isEqualTo("ارتفعت أسعار النفط & الغاز.\n\nالفقرة الثانية.");
  }

  @Test
  void rfc822DateKeepsThePrintedOffsetAndText() {
    FeedItem first = read(Fixtures.bytes("arabic-rss2.xml"), null).items().get(0);

    assertThat(first.published().local()).isEqualTo(LocalDateTime.of(2024, 11, 24, 10, 31));
    assertThat(first.published().offset()).isEqualTo(ZoneOffset.ofHours(3));
    assertThat(first.published().text()).isEqualTo("Sun, 24 Nov 2024 10:31:00 +0300");
    assertThat(first.published().precision()).isEqualTo(Precision.SECOND);
  }

  @Test
  void arabiaStandardTimeIsPlusThree() {
    FeedItem oil = read(Fixtures.bytes("arabic-rss2.xml"), null).items().get(1);

    assertThat(oil.published().offset()).isEqualTo(ZoneOffset.ofHours(3));
  }

  @Test
  void arabicDateRomeCannotParseIsReadByTheArabicParser() {
    FeedItem summit = read(Fixtures.bytes("arabic-rss2.xml"), null).items().get(2);

    assertThat(summit.published()).isNotNull();
    assertThat(summit.published().local()).isEqualTo(LocalDateTime.of(2024, 11, 24, 6, 53));
    assertThat(summit.published().text()).isEqualTo("الأحد 24 نوفمبر 2024 - 06:53 بتوقيت مكة");
    assertThat(summit.summary()).isEqualTo("نص بدون وسوم.");
  }

  @Test
  void atom10() {
    Feed feed = read(Fixtures.bytes("atom10.xml"), "application/atom+xml");

    assertThat(feed.title()).isEqualTo("مدونة الاقتصاد");
    assertThat(feed.siteUrl()).isEqualTo("https://blog.example.net/");
    assertThat(feed.items()).hasSize(2);
    FeedItem budget = feed.items().get(0);
    assertThat(budget.url()).isEqualTo("https://blog.example.net/2024/budget");
    assertThat(budget.guid()).isEqualTo("tag:blog.example.net,2024:budget");
    assertThat(budget.published().iso()).isEqualTo("2024-11-24T06:53:00+02:00");
    assertThat(budget.authors()).containsExactly("خالد يوسف");
    assertThat(budget.summary()).isEqualTo("أقرت الحكومة الميزانية.\n\nوتبدأ في يناير.");
    FeedItem update = feed.items().get(1);
    assertThat(update.published().iso()).isEqualTo("2024-11-26T12:00:00Z");
    assertThat(update.summary()).isEqualTo("نص عادي <ليس وسما>");
  }

  @Test
  void rss10Rdf() {
    Feed feed = read(Fixtures.bytes("rss10-rdf.xml"), "application/rdf+xml");

    assertThat(feed.title()).isEqualTo("موقع قديم");
    assertThat(feed.items()).extracting(FeedItem::url)
        .containsExactly("https://old.example.com/a/1", "https://old.example.com/a/2");
    FeedItem first = feed.items().get(0);
    assertThat(first.published().iso()).isEqualTo("2024-03-10T14:30:00+03:00");
    assertThat(first.authors()).containsExactly("هيئة التحرير");
    assertThat(first.categories()).containsExactly("محليات");
    assertThat(feed.items().get(1).published().precision()).isEqualTo(Precision.DAY);
  }

  @Test
  void windows1256DeclaredAsIso88591IsReadAsArabic() {
    String clean = Fixtures.text("arabic-rss2.xml").replace("encoding=\"UTF-8\"", "encoding=\"iso-8859-1\"");
    Feed feed = read(clean.getBytes(Charset.forName("windows-1256")), "text/xml; charset=iso-8859-1");

    assertThat(feed.items()).hasSize(3);
    assertThat(feed.items().get(0).title()).isEqualTo("افتتاح معرض الكتاب في الرياض");
    assertThat(messages()).anyMatch(m -> m.contains("read as windows-1256"));
  }

  @Test
  void windows1256DeclaredAsUtf8IsReadAsArabic() {
    Feed feed = read(Fixtures.text("arabic-rss2.xml").getBytes(Charset.forName("windows-1256")), null);

    assertThat(feed.items().get(2).title()).isEqualTo("قمة عربية في القاهرة");
  }

  @Test
  void doubleEncodedUtf8IsRepaired() {
    // the clean UTF-8 bytes read as windows-1252 and written out again as UTF-8: what a CMS that
    // mistakes its database's charset publishes
    String clean = Fixtures.text("arabic-rss2.xml");
    String broken = new String(clean.getBytes(UTF_8), Charset.forName("windows-1252"));
    Feed feed = read(broken.getBytes(UTF_8), "application/rss+xml; charset=utf-8");

    assertThat(feed.title()).isEqualTo("مرصد الأخبار - آخر الأخبار");
    assertThat(feed.items().get(0).title()).isEqualTo("افتتاح معرض الكتاب في الرياض");
    assertThat(feed.items().get(0).summary()).startsWith("افتتح معرض الكتاب");
    assertThat(messages()).anyMatch(m -> m.contains("mojibake"));
  }

  @Test
  void utf8ReadAsWindows1256ThenReEncodedIsRepaired() {
    String clean = Fixtures.text("arabic-rss2.xml");
    String broken = new String(clean.getBytes(UTF_8), Charset.forName("windows-1256"));
    Feed feed = read(broken.getBytes(UTF_8), null);

    assertThat(feed.items().get(1).title()).isEqualTo("ارتفاع أسعار النفط");
  }

  @Test
  void bomAndLeadingWhitespaceBeforeTheDeclarationAreTolerated() {
    byte[] body = Fixtures.bytes("atom10.xml");
    byte[] withBom = new byte[body.length + 5];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    withBom[3] = '\n';
    withBom[4] = ' ';
    System.arraycopy(body, 0, withBom, 5, body.length);

    assertThat(read(withBom, null).items()).hasSize(2);
  }

  @Test
  void htmlEntitiesUndeclaredInXmlAreRead() {
    Feed feed = read(Fixtures.bytes("nbsp-entities.xml"), null);

    assertThat(feed.title()).isEqualTo("أخبار اليوم");
    assertThat(feed.items()).hasSize(2);
    FeedItem first = feed.items().get(0);
    assertThat(first.title()).isEqualTo("عنوان الخبر… & المزيد ©");
    assertThat(first.url()).isEqualTo("https://today.example.com/n/1?a=1&b=2");
    assertThat(first.summary()).isEqualTo("السطر الأول — &unknownthing; نهاية");
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    Feed feed = read(Fixtures.bytes("xxe.xml"), null);

    assertThat(feed.items()).hasSize(1);
    String everything = feed.title() + feed.items().get(0).title() + feed.items().get(0).summary();
    assertThat(everything).doesNotContain("root:").contains("&xxe;");
    assertThat(messages()).anyMatch(m -> m.contains("DOCTYPE removed"));
  }

  @Test
  void aCutFeedKeepsTheItemsBeforeTheCut() {
    String full = Fixtures.text("arabic-rss2.xml");
    int cut = full.indexOf("<title>قمة") + 10;
    Feed feed = read(full.substring(0, cut).getBytes(UTF_8), null);

    assertThat(feed.items()).extracting(FeedItem::title)
        .containsExactly("افتتاح معرض الكتاب في الرياض", "ارتفاع أسعار النفط");
    assertThat(diagnostics.list()).anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR && d.message().contains("cut off"));
  }

  @Test
  void aCutInsideAMultiByteLetterIsStillUtf8() {
    byte[] full = Fixtures.bytes("arabic-rss2.xml");
    String text = Fixtures.text("arabic-rss2.xml");
    int cut = text.substring(0, text.indexOf("<title>قمة") + 9).getBytes(UTF_8).length;
    Feed feed = read(Arrays.copyOf(full, cut), null);

    assertThat(feed.items()).hasSize(2);
    assertThat(messages()).noneMatch(m -> m.contains("windows-1256"));
  }

  @Test
  void anHtmlPageIsNotAFeed() {
    Feed feed = read(Fixtures.bytes("not-a-feed.html"), "text/html");

    assertThat(feed).isEqualTo(Feed.EMPTY);
    assertThat(diagnostics.list()).anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR && d.message().contains("not a feed"));
  }

  @Test
  void emptyBodyIsNotAFeed() {
    assertThat(read(new byte[0], null)).isEqualTo(Feed.EMPTY);
    assertThat(diagnostics.isEmpty()).isFalse();
  }
}
