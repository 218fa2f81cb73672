package org.marsad.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.DocumentAddress;
import org.marsad.ingest.NotReadable;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one dispatcher: each kind of document reaches its reader, and what none takes says why. */
class ReadersTest {
  @TempDir Path dir;

  private static final String HTML = "<!doctype html><html lang=ar><head><meta charset=utf-8><title>افتتاح المعرض</title></head>"
      + "<body><article><h1>افتتاح المعرض</h1><p>افتتح وزير الثقافة معرض الكتاب في دورته الجديدة بمشاركة مئات الناشرين من الدول العربية.</p>"
      + "</article></body></html>";

  private static List<Article> read(Document d) throws Exception {
    List<Article> out = new ArrayList<>();
    new Readers().read(d, out::add, new Diagnostics());
    return out;
  }

  @Test
  void aLocalHtmlFileIsNamedByItsFileButItsProvenanceSaysWhatTheUserTyped() throws Exception {
    Path file = Files.writeString(dir.resolve("page.html"), HTML, StandardCharsets.UTF_8);
    List<Article> read = read(Document.ofFile(file, "in/page.html"));
    assertThat(read).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(ArticleIds.forUrl(file.toAbsolutePath().toUri().toString()));
      assertThat(a.provenance().location()).isEqualTo("in/page.html");
      assertThat(a.provenance().reader()).isEqualTo("html");
    });
  }

  @Test
  void aFetchedPageKeepsItsUrl() throws Exception {
    Document d = Document.ofBytes("https://news.example/a", HTML.getBytes(StandardCharsets.UTF_8))
        .withUrl(URI.create("https://news.example/a")).withMediaType("text/html");
    assertThat(read(d)).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(ArticleIds.forUrl("https://news.example/a"));
      assertThat(a.provenance().location()).isEqualTo("https://news.example/a");
    });
  }

  @Test
  void recordsStreamFromAFileAndFromBytesAlike() throws Exception {
    String jsonl = "{\"url\": \"https://news.example/r1\", \"title\": \"خبر أول\", \"content\": \"نص الخبر الأول.\"}\n"
        + "{\"url\": \"https://news.example/r2\", \"title\": \"خبر ثان\", \"content\": \"نص الخبر الثاني.\"}\n";
    Path file = Files.writeString(dir.resolve("items.jsonl"), jsonl, StandardCharsets.UTF_8);
    List<Article> fromFile = read(Document.ofFile(file, "items.jsonl"));
    List<Article> fromBytes = read(Document.ofBytes("items.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromFile).extracting(Article::id).containsExactly(ArticleIds.forUrl("https://news.example/r1"), ArticleIds.forUrl("https://news.example/r2"));
    assertThat(fromBytes).isEqualTo(fromFile);
  }

  @Test
  void whatNoReaderTakesIsRefusedWithItsReason() throws Exception {
    assertThatThrownBy(() -> read(Document.ofBytes("x", new byte[0]))).isInstanceOf(NotReadable.class).hasMessage("empty");
    assertThatThrownBy(() -> read(Document.ofFile(Files.write(dir.resolve("e.txt"), new byte[0]), "e.txt")))
        .isInstanceOf(NotReadable.class).hasMessage("empty file");
    assertThatThrownBy(() -> read(Document.ofBytes("x.bin", new byte[] {1, 2, 0, 3}))).isInstanceOf(NotReadable.class).hasMessageContaining("binary");
    assertThatThrownBy(() -> read(Document.ofBytes("s.xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(NotReadable.class).hasMessageContaining("sitemap");
    assertThatThrownBy(() -> read(Document.ofBytes("a.warc", "WARC/1.1\r\n".getBytes(StandardCharsets.UTF_8)).withMediaType("application/warc")))
        .isInstanceOf(NotReadable.class).hasMessageContaining("from a file");
  }

  @Test
  void aDocumentWithoutAnAddressIsNamedByItsLocationAsAUri() {
    assertThat(DocumentAddress.of(Document.ofBytes("urn:sha256:ab12", new byte[] {1}))).isEqualTo("urn:sha256:ab12");
    assertThat(DocumentAddress.of(Document.ofBytes("request body", new byte[] {1}))).isEqualTo("urn:marsad:request+body");
    assertThat(URI.create(DocumentAddress.of(Document.ofBytes("مجلد/ملف مع مسافة.xml", new byte[] {1})))).isNotNull();
  }
}
