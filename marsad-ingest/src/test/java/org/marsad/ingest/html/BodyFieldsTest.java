package org.marsad.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.dates.ArabicDateParser;

class BodyFieldsTest {
  private static final String PARA = "افتتحت البلدية اليوم مكتبة عامة جديدة في وسط المدينة، تضم آلاف الكتب وقاعة للمطالعة.";
  private final HtmlVisibleMeta visible = new HtmlVisibleMeta(new ArabicDateParser());

  /** The names taken; {@code body} loses their lines. */
  private List<String> bylines(List<String> body) {
    return BodyFields.takeBylines(body, visible);
  }

  @Test
  void bylineLinesAtTheTopOrFootBecomeNames() {
    List<String> body = new ArrayList<>(List.of("بقلم: واس", PARA, PARA + " ثانية", "كتب - محمد علي"));
    assertThat(bylines(body)).containsExactly("واس", "محمد علي");
    assertThat(body).containsExactly(PARA, PARA + " ثانية");
  }

  @Test
  void aSentenceThatStartsWithALabelWordStays() {
    List<String> body = new ArrayList<>(List.of("كتب الشاعر قصيدة جديدة عن المدينة", PARA));
    assertThat(bylines(body)).isEmpty();
    assertThat(body).hasSize(2);
  }

  @Test
  void aBylineInTheMiddleOfALongTextStays() {
    List<String> body = new ArrayList<>(List.of(PARA, PARA, PARA, "بقلم: واس", PARA, PARA, PARA));
    assertThat(bylines(body)).isEmpty();
  }

  @Test
  void theOnlyLineIsNeverTaken() {
    List<String> body = new ArrayList<>(List.of("بقلم: واس"));
    assertThat(bylines(body)).isEmpty();
    assertThat(body).hasSize(1);
  }

  @Test
  void headlineRepeatedAtTheTopGoes() {
    List<String> body = new ArrayList<>(List.of("افتتاح مكتبة عامة جديدة في وسط المدينة", PARA));
    BodyFields.dropHeadline(body, "افتتاح مكتبة عامة جديدة في وسط المدينة");
    assertThat(body).containsExactly(PARA);
    List<String> other = new ArrayList<>(List.of("مكتبة", PARA));
    BodyFields.dropHeadline(other, "افتتاح مكتبة عامة جديدة في وسط المدينة");
    assertThat(other).hasSize(2);
  }

  @Test
  void aSlashAfterTheLabelIsAColon() {
    List<String> body = new ArrayList<>(List.of("كتب/ أحمد سالم", PARA, PARA + " ثانية"));
    assertThat(bylines(body)).containsExactly("أحمد سالم");
  }

  @Test
  void aWireLineAtTheFootBecomesTheAgencies() {
    List<String> body = new ArrayList<>(List.of(PARA, PARA + " ثانية", "المصدر: أ ف ب"));
    assertThat(BodyFields.takeWireLines(body)).containsExactly("أ ف ب");
    assertThat(body).hasSize(2);
    List<String> outlet = new ArrayList<>(List.of(PARA, PARA + " ثانية", "المصدر: الجزيرة نت"));
    assertThat(BodyFields.takeWireLines(outlet)).isEmpty();
    assertThat(outlet).hasSize(3);
  }
}
