package org.marsad.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ProseBlockClassifierTest {
  private static List<String> good(String html) {
    Document doc = Jsoup.parse(html);
    return ProseBlockClassifier.goodTexts(BlockCollector.collect(doc.body(), true).blocks());
  }

  @Test
  void shortLineBetweenParagraphsStaysAndLinkLinesGo() {
    String para = "<p>" + "سطر طويل من نص المقال، فيه فواصل وكلمات كثيرة تكفي لجعله فقرة. ".repeat(2) + "</p>";
    List<String> good = good("<div><a href='/1'>الرئيسية</a></div><p>عنوان فرعي قصير</p>" + para + "<p>سطر قصير بين فقرتين</p>" + para
        + "<div><a href='/2'>خبر آخر في الموقع</a></div><p>سطر قصير في الآخر</p>");
    assertThat(good).hasSize(3).contains("سطر قصير بين فقرتين").noneMatch(t -> t.contains("الرئيسية") || t.contains("الآخر") || t.contains("عنوان"));
  }

  @Test
  void landingPageSectionsAreAllFoundWhateverTheirBox() {
    String para = "Text of one section of the landing page, long enough to be a paragraph, with commas. ";
    List<String> good = good("<section><div class='a'><p>" + para + "</p></div></section><section><div class='b'><p>"
        + para.replace("one", "another") + "</p></div></section>");
    assertThat(good).hasSize(2);
  }
}
