package org.marsad.ingest.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;

/** Hostile bytes and markup never throw, and an article, when there is one, is well formed. */
class HtmlArticleReaderPropertyTest {
  private static final String URL = "https://x.example/p";
  private final HtmlArticleReader reader = new HtmlArticleReader();

  @Property(tries = 300)
  void randomBytesNeverThrow(@ForAll @Size(max = 2000) byte[] bytes) {
    check(bytes, null);
  }

  @Property(tries = 300)
  void randomStringsNeverThrow(@ForAll @Size(max = 500) String text, @ForAll("contentTypes") String contentType) {
    check(text.getBytes(UTF_8), contentType);
  }

  @Property(tries = 300)
  void shuffledPageFragmentsNeverThrow(@ForAll("fragments") List<String> parts) {
    check(String.join("", parts).getBytes(UTF_8), "text/html; charset=utf-8");
  }

  private void check(byte[] bytes, String contentType) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Article> a = reader.read(bytes, contentType, URL, Instant.EPOCH, diagnostics);

    a.ifPresent(article -> {
      assertThat(article.title()).isNotNull();
      assertThat(article.body()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
    });
    if (a.isEmpty()) {
      assertThat(diagnostics.list()).isNotEmpty();
    }
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of("text/html", "text/html; charset=utf-8", "text/html; charset=windows-1256",
        "text/html; charset=iso-8859-1", "text/html; charset=\"", "charset=utf-16", "charset=x-bogus", "");
  }

  @Provide
  Arbitrary<List<String>> fragments() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of("<html>", "<head>", "</head>", "<body>", "<p>", "</p>", "<h1>", "<div>", "</div>",
            "<meta charset=windows-1256>", "<meta property=og:title content='عنوان'>",
            "<meta property=article:published_time content='2024-02-30T99:99'>",
            "<meta name=author content='https://x.example/u, بقلم:'>", "<link rel=canonical href='::nope'>",
            "<script type=application/ld+json>", "</script>", "{\"@type\":\"NewsArticle\",", "\"headline\":",
            "\"articleBody\":\"نص\\n\\nنص\",", "[", "]", "{", "}", ",", "&quot;", "<time datetime='x'>",
            "الأحد ١٢ مايو ٢٠٢٤", "كتب: ", "(رويترز) - ", "\u202B", "\uFFFD", "ط§ظ„ظ…", "\u0000"),
        Arbitraries.strings().ofMaxLength(20));
    return fragment.list().ofMaxSize(40);
  }
}
