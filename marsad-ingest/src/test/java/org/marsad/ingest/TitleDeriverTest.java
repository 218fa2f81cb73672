package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleDeriverTest {
  @Test
  void shortFirstSentenceBecomesTheTitleWithoutItsPunctuation() {
    assertThat(TitleDeriver.fromText("ارتفاع أسعار الذهب؟ هذا ما قاله الخبراء.")).isEqualTo("ارتفاع أسعار الذهب");
    assertThat(TitleDeriver.fromText("نما الاقتصاد 3.5 في المئة. وقال الوزير")).isEqualTo("نما الاقتصاد 3.5 في المئة");
  }

  @Test
  void aLongSentenceIsCutAtItsLastCommaWithinFifteenWords() {
    String sentence = "لم تعد المدن الصغيرة قادرة على الاحتفاظ بشبابها، فكل عام يغادر المئات منهم بحثا عن عمل في العاصمة.";
    assertThat(TitleDeriver.fromText(sentence)).isEqualTo("لم تعد المدن الصغيرة قادرة على الاحتفاظ بشبابها");
  }

  @Test
  void aLongSentenceWithoutCommaIsCutAfterFifteenWords() {
    String words = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد اثنا ثلاثة أربعة خمسة ستة سبعة";
    assertThat(TitleDeriver.fromText(words).split(" ")).hasSize(15);
  }

  @Test
  void theFirstParagraphWithTextGivesTheTitle() {
    assertThat(TitleDeriver.fromBody(List.of("...", "خبر عاجل. تفاصيل"))).isEqualTo("خبر عاجل");
  }

  @Test
  void urlSlugGivesHeadlineWords() {
    assertThat(TitleDeriver.fromUrl("http://www.al-example.com/node/620227/كيف-تسعف-طفلاً-بعد-انسداد-مجرى-الهواء.html"))
        .isEqualTo("كيف تسعف طفلاً بعد انسداد مجرى الهواء");
    assertThat(TitleDeriver.fromUrl("https://example.com/news/12345")).isEmpty();
    assertThat(TitleDeriver.fromUrl("https://example.com/")).isEmpty();
    assertThat(TitleDeriver.fromUrl("not a url at all")).isEmpty();
  }

  @Test
  void urlLabelIsHostAndPath() {
    assertThat(TitleDeriver.urlLabel("http://www.alriyadh.example/1066761")).isEqualTo("alriyadh.example/1066761");
    assertThat(TitleDeriver.urlLabel("https://news.example/node/620214/pdf/?x=1")).isEqualTo("news.example/node/620214/pdf");
    assertThat(TitleDeriver.urlLabel("")).isEmpty();
  }
}
