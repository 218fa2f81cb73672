package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Credit.Role;
import org.marsad.model.Diagnostics;

/** Authors' names without a label: bylines, names glued to the headline, signatures. Names and texts are invented. */
class BylinesTest {
  private final AggregatorPageReader reader = new AggregatorPageReader();

  private static final String HEADLINE = "ذاكرة المدن القديمة وحكايات التاريخ";
  private static final String PARA1 =
      "ليست المدن القديمة مجرد حجارة متراصة على جانبي الأزقة الضيقة، بل هي ذاكرة حية تحفظ حكايات الناس الذين مروا بها وتركوا فيها شيئا من أرواحهم.";
  private static final String PARA2 =
      "وحين نمشي في أسواقها العتيقة نسمع أصوات الباعة القدامى وكأن الزمن توقف عند أبوابها الخشبية المنقوشة بعناية.";

  private Article read(String... lines) {
    return reader.read(String.join("\n", lines), "t", new Diagnostics()).get(0);
  }

  @Test
  void aNameLineLosesItsFootnoteAsterisk() {
    assertThat(Bylines.name(PageLine.of(1, "نادية حسن الشامي*"))).isEqualTo("نادية حسن الشامي");
    assertThat(Bylines.name(PageLine.of(1, "* سيف الدين العمري"))).isEqualTo("سيف الدين العمري");
    assertThat(Bylines.marked(PageLine.of(1, "نادية حسن الشامي*"))).isTrue();
    assertThat(Bylines.marked(PageLine.of(1, "نادية حسن الشامي"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "الشامي",
        "نادية حسن علي محمد الشامي",
        "في المدن القديمة",
        "الأحد الماضي",
        "نادية 2024",
        "Nadia Shami",
        "نادية، الشامي",
        "تابع أخبار المدينة"
      })
  void aLineThatIsNoNameGivesNoName(String line) {
    assertThat(Bylines.name(PageLine.of(1, line))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"انتهى الخبر هنا", "حتى إشعار آخر"})
  void aLineOpeningWithAWordThatNeverStartsANameGivesNoName(String line) {
    assertThat(Bylines.name(PageLine.of(1, line))).isNull();
  }

  @Test
  void aGluedNameIsCutFromTheEndOfTheHeadline() {
    assertThat(Bylines.unglued(HEADLINE + "سيف الدين العمري", "سيف الدين العمري")).isEqualTo(HEADLINE);
    assertThat(Bylines.unglued(HEADLINE + " نادية الشامي", "نادية الشامي")).isEqualTo(HEADLINE);
    assertThat(Bylines.unglued(HEADLINE, "نادية الشامي")).isNull();
    assertThat(Bylines.unglued("الحكايةنادية الشامي", "نادية الشامي")).as("one word left is no headline").isNull();
  }

  @Test
  void aMarkedBylineUnderTheDateLineIsTheAuthorAndLeavesTheBody() {
    Article a = read(HEADLINE, "الأحد 23 يونيو 2024", "نادية حسن الشامي*", PARA1, PARA2);

    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly(new Credit(Role.AUTHOR, "نادية حسن الشامي"));
    assertThat(a.body()).containsExactly(PARA1, PARA2);
  }

  @Test
  void aTwoWordMarkedBylineRightUnderTheHeadlineIsTheAuthor() {
    Article a = read(HEADLINE, "نادية الشامي*", PARA1, PARA2);

    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly(new Credit(Role.AUTHOR, "نادية الشامي"));
    assertThat(a.body()).containsExactly(PARA1, PARA2);
  }

  @Test
  void aThreeWordMarkedBylineRightUnderTheHeadlineIsTheAuthorNotTheHeadline() {
    Article a = read(HEADLINE, "نادية حسن الشامي*", PARA1, PARA2);

    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly(new Credit(Role.AUTHOR, "نادية حسن الشامي"));
  }

  @Test
  void anUnmarkedBylineGluedToTheHeadlineIsCutFromItAndIsTheAuthor() {
    Article a = read(HEADLINE + "سيف الدين العمري", "الأحد 23 يونيو 2024", "سيف الدين العمري", PARA1, PARA2);

    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly(new Credit(Role.AUTHOR, "سيف الدين العمري"));
    assertThat(a.body()).containsExactly(PARA1, PARA2);
  }

  @Test
  void anUnmarkedNameThatIsNotGluedToTheHeadlineIsNoByline() {
    Article a = read(HEADLINE, "الأحد 23 يونيو 2024", "سيف الدين العمري", PARA1, PARA2);

    assertThat(a.credits()).noneMatch(c -> c.role() == Role.AUTHOR);
  }

  @Test
  void aSignatureAboveTheSiteFooterIsTheAuthor() {
    Article a = read(HEADLINE, PARA1, PARA2, "نادية حسن الشامي", "جميع الحقوق محفوظة لموقع أنباء الوادي 2024");

    assertThat(a.credits()).containsExactly(new Credit(Role.AUTHOR, "نادية حسن الشامي"));
    assertThat(a.body()).containsExactly(PARA1, PARA2);
  }

  @Test
  void aNameEndingAPageCutShortIsNotASignature() {
    Article a = read(HEADLINE, PARA1, PARA2, "نادية حسن الشامي");

    assertThat(a.credits()).isEmpty();
    assertThat(a.body()).containsExactly(PARA1, PARA2, "نادية حسن الشامي");
  }

  @Test
  void aBylineWinsOverASignature() {
    Article a = read(HEADLINE, "الأحد 23 يونيو 2024", "نادية حسن الشامي*", PARA1, PARA2, "سيف الدين العمري", "جميع الحقوق محفوظة");

    assertThat(a.credits()).extracting(Credit::name).containsExactly("نادية حسن الشامي");
    assertThat(a.body()).isEqualTo(List.of(PARA1, PARA2, "سيف الدين العمري"));
  }
}
