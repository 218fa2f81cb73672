package org.marsad.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAlsoBoxesTest {
  private static final String PARA = "<p>" + "وقال المتحدث إن العمل في المشروع يسير وفق الخطة، وإن المرحلة الأولى تنتهي قبل الصيف. ".repeat(3) + "</p>";

  private static List<ReadAlsoBoxes.Box> boxes(String articleHtml) {
    Document doc = Jsoup.parse("<div class='entry-content'>" + PARA + articleHtml + PARA + "</div>", "https://site.example/a/1");
    return ReadAlsoBoxes.find(doc.body(), true);
  }

  private static List<String> linkTexts(List<ReadAlsoBoxes.Box> boxes) {
    return boxes.stream().flatMap(b -> b.parts().stream()).flatMap(p -> p.select("a[href]").stream()).map(Element::text).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<p>اقرأ أيضًا: <a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></p>",
      "<p><strong>اقرأ أيضًا:</strong> <a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></p>",
      "<div><span>إقرأ ايضا</span><a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></div>",
      "<p><strong>اقرأ أيضاً:</strong></p><ul><li><a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></li></ul>",
      "<h3>مواضيع ذات صلة</h3><ul><li><a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></li></ul>",
      "<p>Read also:<br><a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></p>",
      "<div class='post-related'><a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></div>",
      "<div class='wp-block-group'><p>قد يهمك أيضا</p><p><a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></p></div>",
      "<blockquote class='wp-embedded-content' data-secret='x1'><a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></blockquote>"})
  void labelledOrNamedBoxIsFoundWithItsLinks(String box) {
    List<ReadAlsoBoxes.Box> found = boxes(box);
    assertThat(linkTexts(found)).containsExactly("وصول أول رحلة إلى المطار الجديد");
    // The box never reaches the article's paragraphs.
    assertThat(found).allSatisfy(b -> assertThat(b.parts()).noneMatch(p -> p.text().contains("المتحدث")));
  }

  @Test
  void labelAndUpToThreeFollowingListsMakeOneBox() {
    List<ReadAlsoBoxes.Box> found = boxes("<p>أخبار ذات صلة</p><ul><li><a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></li></ul>"
        + "<ul><li><a href='/b/3'>افتتاح قاعة الركاب الثانية في الربيع</a></li></ul>");
    assertThat(found).hasSize(1);
    assertThat(linkTexts(found)).hasSize(2);
  }

  @Test
  void labelWithoutLinksOrInsideProseIsNoBox() {
    assertThat(boxes("<p>اقرأ أيضا:</p>")).isEmpty();
    assertThat(boxes("<p>اقرأ أيضا ما كتبه الوزير في مقاله، فهو يشرح الخطة كلها <a href='/x'>هنا</a> بالتفصيل.</p>")).isEmpty();
  }

  @Test
  void mostReadListIsTheSitesNotThePages() {
    assertThat(boxes("<div class='most-read'><a href='/b/2'>وصول أول رحلة إلى المطار الجديد</a></div>")).isEmpty();
  }

  @Test
  void namedBoxThatIsMostlyTextIsNoBox() {
    assertThat(boxes("<div class='related-text'>" + PARA + "<a href='/b/2'>رابط</a></div>")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"اقرأ أيضًا:", "إقرأ ايضا", "اقرأ أيضاً »", "Related", "مواضيع ذات صلة"})
  void labelsAreReadInTheirSpellingVariants(String label) {
    assertThat(ReadAlsoBoxes.isLabel(label)).isTrue();
  }

  @Test
  void labelInsideTheLinkTextMakesALinkLine() {
    List<ReadAlsoBoxes.Box> found = boxes("<p><a href='/b/2'><strong>اقرأ أيضا.. وصول أول رحلة إلى المطار الجديد</strong></a></p>");
    assertThat(found).hasSize(1);
    assertThat(ReadAlsoBoxes.withoutLabel(linkTexts(found).get(0))).isEqualTo("وصول أول رحلة إلى المطار الجديد");
  }

  @Test
  void linkedCardWithTheLabelInsideIsABox() {
    List<ReadAlsoBoxes.Box> found = boxes("<div class='irp'><a href='/b/2'><div><span>اقرأ أيضًا</span>&nbsp;<span>وصول أول رحلة إلى المطار الجديد</span></div></a></div>");
    assertThat(found).hasSize(1);
    assertThat(ReadAlsoBoxes.withoutLabel(linkTexts(found).get(0))).isEqualTo("وصول أول رحلة إلى المطار الجديد");
  }

  @Test
  void looseTextAfterTheLabelEndsTheBox() {
    Document doc = Jsoup.parse("<table><tr><td>" + "نص الخبر في الخلية، طويل بما يكفي ليكون فقرة من المقال. ".repeat(4)
        + "<br><b>إقرأ أيضاً:</b><br><a href='/n?id=1'>افتتاح مستشفى جديد في الجنوب</a><br>"
        + "وتنتهي الحملة في الأول من الشهر المقبل، كما قال <a href='/p/9'>المتحدث باسم الوزارة</a> للصحفيين.</td></tr></table>");
    List<ReadAlsoBoxes.Box> found = ReadAlsoBoxes.find(doc.body(), true);
    assertThat(linkTexts(found)).containsExactly("افتتاح مستشفى جديد في الجنوب");
  }
}
