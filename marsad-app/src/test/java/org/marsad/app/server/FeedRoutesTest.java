package org.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.config.ApiConfig;
import org.marsad.model.Article;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code /feed}: a search as Atom or RSS, over real HTTP; hostile article text stays text. */
class FeedRoutesTest {
  private static final String HOSTILE = "<script>alert(1)</script> النفط \u0001 <img src=x onerror=alert(2)>";

  @TempDir Path dir;
  private TestServer t;

  @BeforeEach
  void start() throws Exception {
    t = new TestServer(dir, new ApiConfig("", 1));
    t.store.add(article("old", "أسعار النفط ترتفع", "https://news.example/old", LocalDateTime.of(2024, 1, 28, 9, 0)));
    t.store.add(article("new", HOSTILE, "javascript:alert(3)", LocalDateTime.of(2024, 1, 30, 9, 0)));
    t.store.add(article("other", "مباراة كرة القدم", "https://news.example/other", LocalDateTime.of(2024, 1, 29, 9, 0)));
    t.store.commit();
  }

  @AfterEach
  void stop() throws Exception {
    t.close();
  }

  @Test
  void anySearchIsAnAtomFeedNewestFirstWithItsTextEscaped() throws Exception {
    HttpResponse<String> r = t.send(t.request("/feed?q=" + URLEncoder.encode("النفط", StandardCharsets.UTF_8)));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/atom+xml");
    assertThat(r.body()).doesNotContain("<script>").doesNotContain("<img");
    Document xml = parse(r.body());
    NodeList titles = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
    // The feed's own title first, then the entries, newest first; the hostile title comes back as the same text.
    assertThat(titles.item(1).getTextContent()).isEqualTo(HOSTILE.replace("\u0001", ""));
    assertThat(titles.item(2).getTextContent()).isEqualTo("أسعار النفط ترتفع");
    assertThat(titles.getLength()).isEqualTo(3);
    assertThat(r.body()).doesNotContain("javascript:alert(3)").contains("/api/articles/new");
  }

  @Test
  void rssToo() throws Exception {
    HttpResponse<String> r = t.send(t.request("/feed?format=rss"));

    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/rss+xml");
    assertThat(parse(r.body()).getElementsByTagName("item").getLength()).isEqualTo(3);
  }

  @Test
  void anUnknownFormatIsABadRequest() throws Exception {
    assertThat(TestServer.json(t.send(t.request("/feed?format=pdf")), 400).path("detail").asText()).contains("format");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Article article(String id, String title, String url, LocalDateTime at) {
    Published p = new Published(at, null, at.toString(), Precision.MINUTE);
    return new Article(id, url, title, List.of(title + ". نص المقال."), p, "مصدر", List.of(), List.of(), List.of(),
        Provenance.of("test", "test"));
  }
}
