package org.marsad.ingest.warc;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.ingest.warc.WarcFixtures.HOST;
import static org.marsad.ingest.warc.WarcFixtures.concat;
import static org.marsad.ingest.warc.WarcFixtures.htmlResponse;
import static org.marsad.ingest.warc.WarcFixtures.http;
import static org.marsad.ingest.warc.WarcFixtures.page;
import static org.marsad.ingest.warc.WarcFixtures.response;
import static org.marsad.ingest.warc.WarcFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.html.HtmlArticleReader;
import org.marsad.model.Article;
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;
import org.netpreserve.jwarc.WarcCompression;

class WarcArticleReaderTest {
  @TempDir Path dir;
  private final WarcArticleReader reader = new WarcArticleReader(new HtmlArticleReader());
  private final Diagnostics diagnostics = new Diagnostics();
  private final List<Article> articles = new ArrayList<>();

  /** The mixed capture of one crawl: pages, and the records around them that are no pages. */
  private byte[] crawl(WarcCompression c) {
    byte[] gzipped = WarcFixtures.gzip(page("خبر مضغوط", "نص الخبر المضغوط.").getBytes(UTF_8));
    byte[] chunkedBody = page("خبر مجزأ", "نص الخبر المجزأ على دفعات.").getBytes(UTF_8);
    return concat(
        write(WarcFixtures.metadata("/"), c),
        write(WarcFixtures.request("/ar/a"), c),
        write(htmlResponse("/ar/a", page("افتتاح معرض الكتاب", "افتتح المعرض اليوم.", "ويستمر عشرة أيام.")), c),
        write(response("/files/report.pdf", http(200, List.of("Content-Type: application/pdf"),
            "%PDF-1.4 fake".getBytes(ISO_8859_1))), c),
        write(response("/ar/b", http(200, List.of("Content-Type: text/html; charset=utf-8",
            "Content-Encoding: gzip", "Content-Length: " + gzipped.length), gzipped)), c),
        write(response("/ar/c", http(200, List.of("Content-Type: text/html; charset=utf-8",
            "Transfer-Encoding: chunked"), WarcFixtures.chunked(chunkedBody, 50))), c),
        write(WarcFixtures.revisit("/ar/a"), c),
        write(response("/ar/missing", http(404, List.of("Content-Type: text/html"),
            page("غير موجود", "الصفحة غير موجودة.").getBytes(UTF_8))), c),
        write(response("/old", http(301, List.of("Location: /ar/a", "Content-Length: 0"), new byte[0])), c),
        write(WarcFixtures.resource("/ar/d", "text/html; charset=utf-8", page("مورد", "صفحة محفوظة كمورد.")), c));
  }

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void htmlPagesBecomeArticlesAndTheRestIsSkipped() throws IOException {
    ReadCounts counts = reader.read(file("crawl.warc.gz", crawl(WarcCompression.GZIP)), articles::add, diagnostics);

    assertThat(articles).extracting(Article::url)
        .containsExactly(HOST + "/ar/a", HOST + "/ar/b", HOST + "/ar/c", HOST + "/ar/d");
    assertThat(counts).isEqualTo(new ReadCounts(10, 4, 6, 0));
    assertThat(diagnostics.list()).noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  @Test
  void gzipAndChunkedPayloadsAreDecoded() throws IOException {
    reader.read(file("crawl.warc.gz", crawl(WarcCompression.GZIP)), articles::add, diagnostics);

    assertThat(articles.get(1).title()).isEqualTo("خبر مضغوط");
    assertThat(articles.get(1).text()).contains("نص الخبر المضغوط.");
    assertThat(articles.get(2).title()).isEqualTo("خبر مجزأ");
    assertThat(articles.get(2).text()).contains("نص الخبر المجزأ على دفعات.");
  }

  @Test
  void theCaptureDateIsTheFallbackDate() throws IOException {
    reader.read(file("crawl.warc.gz", crawl(WarcCompression.GZIP)), articles::add, diagnostics);

    Article a = articles.get(0);
    assertThat(a.published().instant()).isEqualTo(WarcFixtures.CAPTURED);
    assertThat(a.published().text()).isEqualTo("2024-11-24T07:15:30Z");
    assertThat(a.provenance().reader()).isEqualTo(WarcArticleReader.NAME);
    assertThat(a.provenance().location()).startsWith(dir.resolve("crawl.warc.gz") + "@");
    // The HTML reader falls back to the capture date itself; the WARC reader's own fallback is for readers that don't.
    assertThat(a.provenance().notes()).anyMatch(n -> n.contains("capture"));
  }

  @Test
  void plainWarcIsReadToo() throws IOException {
    ReadCounts counts = reader.read(file("crawl.warc", crawl(WarcCompression.NONE)), articles::add, diagnostics);

    assertThat(counts.articlesEmitted()).isEqualTo(4);
  }

  @Test
  void aCorruptGzipMemberCostsOnlyItself() throws IOException {
    WarcCompression c = WarcCompression.GZIP;
    byte[] garbageMember = concat(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, (byte) 0xFF},
        "this is no deflate data at all, just bytes".getBytes(ISO_8859_1));
    byte[] badHeader = WarcFixtures.gzip("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\n".getBytes(ISO_8859_1));
    byte[] first = write(htmlResponse("/ar/1", page("الأول", "نص الأول.")), c);
    byte[] bytes = concat(
        first,
        garbageMember,
        write(htmlResponse("/ar/2", page("الثاني", "نص الثاني.")), c),
        badHeader,
        write(htmlResponse("/ar/3", page("الثالث", "نص الثالث.")), c));
    Path file = file("corrupt.warc.gz", bytes);

    ReadCounts counts = reader.read(file, articles::add, diagnostics);

    assertThat(articles).extracting(Article::url).containsExactly(HOST + "/ar/1", HOST + "/ar/2", HOST + "/ar/3");
    assertThat(counts.recordsFailed()).isGreaterThanOrEqualTo(2);
    assertThat(diagnostics.list()).anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR
        && d.where().equals(file + "@" + first.length));
  }

  @Test
  void aCorruptPlainRecordAndACutEndCostOnlyThemselves() throws IOException {
    WarcCompression c = WarcCompression.NONE;
    byte[] last = write(htmlResponse("/ar/3", page("الثالث", "نص الثالث.")), c);
    byte[] bytes = concat(
        write(htmlResponse("/ar/1", page("الأول", "نص الأول.")), c),
        "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\nbroken\r\n\r\n".getBytes(ISO_8859_1),
        write(htmlResponse("/ar/2", page("الثاني", "نص الثاني.")), c),
        Arrays.copyOf(last, last.length / 2));

    reader.read(file("cut.warc", bytes), articles::add, diagnostics);

    assertThat(articles).extracting(Article::url).containsExactly(HOST + "/ar/1", HOST + "/ar/2");
    assertThat(diagnostics.list()).filteredOn(d -> d.severity() == Diagnostic.Severity.ERROR).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aCutGzippedFileKeepsTheRecordsBeforeTheCut() throws IOException {
    byte[] whole = crawl(WarcCompression.GZIP);

    reader.read(file("cut.warc.gz", Arrays.copyOf(whole, whole.length - 40)), articles::add, diagnostics);

    assertThat(articles).extracting(Article::url).containsExactly(HOST + "/ar/a", HOST + "/ar/b", HOST + "/ar/c");
    assertThat(diagnostics.list()).anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  @Test
  void aPageOverTheLimitIsSkippedWithADiagnostic() throws IOException {
    byte[] huge = new byte[HtmlArticleReader.MAX_PAGE_BYTES + 10];
    Arrays.fill(huge, (byte) 'a');
    byte[] bytes = concat(
        write(response("/huge", http(200, List.of("Content-Type: text/html"), huge)), WarcCompression.NONE),
        write(htmlResponse("/ar/1", page("الأول", "نص الأول.")), WarcCompression.NONE));

    ReadCounts counts = reader.read(file("huge.warc", bytes), articles::add, diagnostics);

    assertThat(articles).extracting(Article::url).containsExactly(HOST + "/ar/1");
    assertThat(counts.recordsFailed()).isEqualTo(1);
    assertThat(diagnostics.list()).anyMatch(d -> d.message().contains("larger than"));
  }

  @Test
  void sinkFailuresAreThrown() throws IOException {
    Path file = file("crawl.warc.gz", crawl(WarcCompression.GZIP));

    assertThatThrownBy(() -> reader.read(file, a -> {
      throw new IOException("disk full");
    }, diagnostics)).isInstanceOf(IOException.class).hasMessage("disk full");
  }

  @Test
  void canReadByNameOrMagic() throws IOException {
    byte[] plain = crawl(WarcCompression.NONE);
    byte[] gz = crawl(WarcCompression.GZIP);

    assertThat(WarcArticleReader.canRead(file("a.warc.gz", gz))).isTrue();
    assertThat(WarcArticleReader.canRead(file("capture.bin", plain))).isTrue();
    assertThat(WarcArticleReader.canRead(file("capture.gz", gz))).isTrue();
    assertThat(WarcArticleReader.canRead(file("notes.txt", "WARC is a format".getBytes(UTF_8)))).isFalse();
    assertThat(WarcArticleReader.canRead(dir.resolve("missing.bin"))).isFalse();
  }

  @Test
  void randomBytesCostNothingButDiagnostics() throws IOException {
    byte[] junk = new byte[5000];
    new java.util.Random(7).nextBytes(junk);

    ReadCounts counts = reader.read(file("junk.warc", junk), articles::add, diagnostics);

    assertThat(articles).isEmpty();
    assertThat(counts.articlesEmitted()).isZero();
  }
}
