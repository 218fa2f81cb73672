package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.model.Credit;
import org.marsad.model.Credit.Role;

class LineClassifierTest {
  private final LineClassifier classifier = new LineClassifier(PageLexicon.defaults(), new ArabicDateParser());

  private LineFacts classify(String line) {
    return classifier.classify(PageLine.of(1, line));
  }

  @Test
  void buttonWordsAloneAreFurniture() {
    assertThat(classify("تابِع إعلان اقرأ المزيد").kind()).isEqualTo(LineFacts.Kind.FURNITURE);
    assertThat(classify("شارك الخبر").kind()).isEqualTo(LineFacts.Kind.FURNITURE);
  }

  @Test
  void theVerbTabiaInRunningTextIsNotFurniture() {
    assertThat(classify("وتابع: \"التعاون بين البلدين لن يسمح بتعريض أمن المنطقة للخطر\"").kind()).isEqualTo(LineFacts.Kind.TEXT);
  }

  @Test
  void preparerLineLosesItsTrailingButtonWords() {
    LineFacts f = classify("إعداد: فرانس24 تابِع إعلان اقرأ المزيد");
    assertThat(f.kind()).isEqualTo(LineFacts.Kind.META);
    assertThat(f.credits()).containsExactly(new Credit(Role.PREPARER, "فرانس24"));
  }

  @Test
  void wireChainKeepsItsOrder() {
    LineFacts f = classify("فرانس24/ رويترز");
    assertThat(f.kind()).isEqualTo(LineFacts.Kind.WIRE);
    assertThat(f.credits()).extracting(Credit::name).containsExactly("فرانس24", "رويترز");
  }

  @Test
  void aSentenceThatMentionsAnAgencyIsNotAWireLine() {
    assertThat(classify("وقالت رويترز إن المحادثات ستستأنف الأسبوع المقبل في العاصمة").kind()).isEqualTo(LineFacts.Kind.TEXT);
  }

  @Test
  void dateAndSourceOnOneLine() {
    LineFacts f = classify("آخر تحديث 2022-06-05 00:00:00 - المصدر: الحرة");
    assertThat(f.kind()).isEqualTo(LineFacts.Kind.META);
    assertThat(f.dateLabelled()).isTrue();
    assertThat(f.date().published().local().toLocalDate()).hasToString("2022-06-05");
    assertThat(f.credits()).containsExactly(new Credit(Role.SOURCE, "الحرة"));
  }

  @Test
  void aLabelWordInRunningTextIsNotALabel() {
    assertThat(classify("المصدر الذي تحدث للصحفيين قال إن الاجتماع تأجل إلى موعد لاحق").kind()).isEqualTo(LineFacts.Kind.TEXT);
  }

  @Test
  void readAlsoMarkerWithAndWithoutAHeadline() {
    assertThat(classify("إقرأ أيضاً:").kind()).isEqualTo(LineFacts.Kind.READ_ALSO);
    LineFacts inline = classify("اقرأ أيضا: ارتفاع أسعار الأسمدة في الأسواق");
    assertThat(inline.kind()).isEqualTo(LineFacts.Kind.READ_ALSO);
    assertThat(inline.value()).isEqualTo("ارتفاع أسعار الأسمدة في الأسواق");
  }

  @Test
  void tagLabelTakesTheRestOfTheLine() {
    LineFacts f = classify("كلمات دلالية: باكستان إيران");
    assertThat(f.kind()).isEqualTo(LineFacts.Kind.TAGS);
    assertThat(f.value()).isEqualTo("باكستان إيران");
  }
}
