package org.marsad.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class FurnitureLinesTest {
  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvFileSource(resources = "/html/lines/furniture-shapes.tsv", delimiter = '\t', encoding = "UTF-8")
  void lineShapeIsFurnitureOrNot(String line, String furniture, String why) {
    assertThat(FurnitureLines.isFurniture(line)).as(why).isEqualTo(furniture.equals("yes"));
  }

  @Test
  void publishedTextIsTheLabelledDateAsPrinted() {
    assertThat(FurnitureLines.publishedText("أخبار الساحل - المخا : | نشر في: 12/03/2024 | عدد القراءات: 153"))
        .isEqualTo("12/03/2024");
    assertThat(FurnitureLines.publishedText("تاريخ النشر: ١٢ أبريل ٢٠٢٤")).isEqualTo("١٢ أبريل ٢٠٢٤");
    assertThat(FurnitureLines.publishedText("عدد القراءات: 153")).isNull();
  }

  @Test
  void authorTextIsTheLabelledNameUpToTheNextLabel() {
    assertThat(FurnitureLines.authorText("الكاتب: أحمد سالم التاريخ: 3 مايو 2024")).isEqualTo("أحمد سالم");
    assertThat(FurnitureLines.publishedText("الكاتب: أحمد سالم • التاريخ: 12-03-2024 • المشاهدات: 45")).isEqualTo("12-03-2024");
  }
}
