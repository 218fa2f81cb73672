package org.marsad.eval.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.eval.sample.HashHalves;

class AggregatorEvalTest {
  private final AggregatorEval eval = new AggregatorEval();

  private static Path fixtures() throws URISyntaxException {
    return Path.of(AggregatorEvalTest.class.getResource("/aggregator/SOURCES.md").toURI()).getParent();
  }

  @Test
  void everyFieldOfEveryImitationPageIsRight() throws Exception {
    AggregatorEval.Result r = eval.run(fixtures());
    assertThat(r.pages()).isEqualTo(21);
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
  void pagesAreScoredByHashHalfToo(@TempDir Path dir) throws IOException {
    // sha1("01") is odd and sha1("04") even: page 01 is checked, page 04 tuned on.
    assertThat(HashHalves.of("01")).isEqualTo(1);
    assertThat(HashHalves.of("04")).isZero();
    Files.writeString(dir.resolve("01.txt"), "عنوان الخبر الأول للاختبار\nنص الخبر الأول للاختبار في هذه الصفحة التي كتبت للاختبار فقط ولا شيء غير ذلك هنا.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("01.expected.json"), "{\"title\":\"عنوان آخر تماما\"}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("04.txt"), "عنوان الخبر الثاني للاختبار\nنص الخبر الثاني للاختبار في هذه الصفحة التي كتبت للاختبار فقط ولا شيء غير ذلك هنا.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("04.expected.json"), "{\"title\":\"عنوان الخبر الثاني للاختبار\"}", StandardCharsets.UTF_8);

    AggregatorEval.Result r = eval.run(dir);

    assertThat(r.metrics()).containsEntry("tune.accuracy", 1.0).containsEntry("check.accuracy", 0.0).containsEntry("accuracy", 0.5);
    assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.half()).isEqualTo(1));
  }

  @Test
  void urlsInSourcesTsvGroupASitesPagesSoABareOutletLineIsACredit(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "افتتاح جسر جديد فوق الوادي الكبير\nوادي نيوز / خاص\nافتتح المحافظ صباح اليوم جسرا جديدا فوق الوادي الكبير يربط الحيين الشرقي والغربي ويختصر الطريق على السكان.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.expected.json"), "{\"source\":\"وادي نيوز\"}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), "إغلاق المدارس بسبب موجة الحر\nوادي نيوز\nقررت إدارة التعليم إغلاق المدارس يومين بسبب موجة الحر التي تضرب المنطقة منذ أسبوع وتجاوزت فيها الحرارة الخمسين.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.expected.json"), "{\"source\":\"وادي نيوز\"}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("SOURCES.tsv"), "file\turl\na.txt\thttps://wadi.example/1\nb.txt\thttps://www.wadi.example/2\n", StandardCharsets.UTF_8);

    assertThat(eval.run(dir, AggregatorEval.SiteEvidence.URLS).accuracy()).isEqualTo(1.0);
    assertThat(eval.run(dir, AggregatorEval.SiteEvidence.NONE).accuracy()).isEqualTo(0.5);
  }

  @Test
  void aMissingPageFailsEveryFieldItExpects(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("gone.expected.json"), "{\"title\":\"x\",\"source\":\"y\"}", StandardCharsets.UTF_8);
    assertThat(eval.run(dir).accuracy()).isZero();
  }
}
