package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;
import org.marsad.store.Highlight;

class HtmlTest {
  @Test
  void escapesTheFiveSpecialCharacters() {
    assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void attributeValuesAreEscaped() {
    assertThat(new Html().open("a", "title", "\"><script>").toString()).isEqualTo("<a title=\"&quot;&gt;&lt;script&gt;\">");
  }

  @Test
  void onlyHttpAndOwnPathsAreLinked() {
    assertThat(Html.safeHref("javascript:alert(1)")).isNull();
    assertThat(Html.safeHref(" JavaScript:alert(1)")).isNull();
    assertThat(Html.safeHref("data:text/html,x")).isNull();
    assertThat(Html.safeHref("//evil.example/")).isNull();
    assertThat(Html.safeHref("https://example.org/a?b=1")).isEqualTo("https://example.org/a?b=1");
    assertThat(Html.safeHref("/article/a1")).isEqualTo("/article/a1");
    assertThat(new Html().link("javascript:alert(1)", "نص").toString()).isEqualTo("نص");
  }

  @Test
  void latinRunsAndNumbersAreIsolated() {
    assertThat(new Html().bidi("قالت منظمة OPEC في 2024 إن").toString())
        .isEqualTo("قالت منظمة <bdi>OPEC</bdi> في <bdi>2024</bdi> إن");
    assertThat(new Html().bidi("وكالة New York Times").toString()).isEqualTo("وكالة <bdi>New York Times</bdi>");
  }

  @Test
  void matchesAreMarkedAndEscaped() {
    Highlight h = new Highlight("body", "أسعار <النفط> اليوم", List.of(new Span(6, 13)));
    assertThat(Hits.marked(h).toString()).isEqualTo("أسعار <mark>&lt;النفط&gt;</mark> اليوم");
  }

  @Test
  void hijriDateIsBesideTheGregorian() {
    assertThat(ArabicDates.gregorian(java.time.LocalDate.of(2024, 3, 11))).isEqualTo("11 مارس 2024");
    assertThat(ArabicDates.hijri(java.time.LocalDate.of(2024, 3, 11))).isEqualTo("1 رمضان 1445 هـ");
  }
}
