package org.marsad.eval.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregatorEvalTest {
  private final AggregatorEval eval = new AggregatorEval();

  private static Path fixtures() throws URISyntaxException {
    return Path.of(AggregatorEvalTest.class.getResource("/aggregator/SOURCES.md").toURI()).getParent();
  }

  @Test
  void everyFieldOfEveryImitationPageIsRight() throws Exception {
    AggregatorEval.Result r = eval.run(fixtures());
    assertThat(r.pages()).isEqualTo(8);
    assertThat(r.failures()).isEmpty();
    assertThat(r.accuracy()).isEqualTo(1.0);
    assertThat(r.fields()).containsKeys("title", "published", "body", "credits", "source", "tags", "related");
  }

  @Test
  void aWrongExpectationIsCountedAsAFailure(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("p.txt"), "عنوان الخبر التجريبي هنا\nتاريخ النشر: 2024-01-30\nنص الخبر الأول في هذه الصفحة التجريبية التي كتبت للاختبار فقط ولا شيء غير ذلك.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("p.expected.json"), "{\"title\":\"عنوان آخر\",\"published\":\"2024-01-30\"}", StandardCharsets.UTF_8);

    AggregatorEval.Result r = eval.run(dir);

    assertThat(r.fields().get("title")).isEqualTo(new AggregatorEval.FieldScore(0, 1));
    assertThat(r.fields().get("published")).isEqualTo(new AggregatorEval.FieldScore(1, 1));
    assertThat(r.accuracy()).isEqualTo(0.5);
    assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("title"));
    assertThat(r.toJson().toString()).startsWith("{\"task\":\"aggregator\",\"pages\":1,");
  }

  @Test
  void aMissingPageFailsEveryFieldItExpects(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("gone.expected.json"), "{\"title\":\"x\",\"source\":\"y\"}", StandardCharsets.UTF_8);
    assertThat(eval.run(dir).accuracy()).isZero();
  }
}
