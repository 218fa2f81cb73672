package org.marsad.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.codec.ArticleJson;

/** Records written for this test: an agency release, an outlet's copy of it, an unrelated item. */
class DedupEvalTest {
  @TempDir Path dir;

  @Test
  void countsDecisionsOnTheLabelledPairsAndReportsMissingOnes() throws Exception {
    String release = "أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية تستهدف كبار السن والأطفال في جميع مناطق المملكة. "
        + "وأوضح المتحدث الرسمي للوزارة أن اللقاح متوفر مجاناً في جميع المراكز الصحية وأن الحملة تستمر ثلاثة أشهر. "
        + "ودعت الوزارة المواطنين والمقيمين إلى المبادرة بأخذ اللقاح لحماية أنفسهم وأسرهم من مضاعفات المرض.";
    ArrayNode records = ArticleJson.mapper().createArrayNode();
    records.addObject().put("source", "was").put("url", "http://example.org/release").put("title", "الصحة تطلق حملة التطعيم ضد الإنفلونزا")
        .put("date_extracted", "2015-07-21 10:00:00").put("content", release);
    records.addObject().put("source", "okaz").put("url", "http://example.org/copy").put("title", "حملة وطنية للتطعيم")
        .put("date_extracted", "2015-07-21 12:00:00").put("content", "الرياض - واس\n" + release);
    records.addObject().put("source", "sabq").put("url", "http://example.org/other").put("title", "افتتاح طريق جديد")
        .put("date_extracted", "2015-07-21 13:00:00").put("content", "افتتح أمير المنطقة الشرقية اليوم طريقاً سريعاً جديداً يربط الدمام بالجبيل بطول ثمانين كيلومتراً ويخفف الزحام على الطريق الساحلي.");
    Path corpus = dir.resolve("corpus.json");
    Files.writeString(corpus, ArticleJson.mapper().writeValueAsString(records));
    Path gold = Files.writeString(dir.resolve("gold.tsv"),
        "http://example.org/release\thttp://example.org/copy\tdup\n"
            + "http://example.org/release\thttp://example.org/other\tnot\n"
            + "http://example.org/release\thttp://example.org/absent\tdup\n");

    DedupEval.Result r = new DedupEval().run(List.of(corpus), gold, dir.resolve("scratch"));

    assertThat(r.all().truePositives()).isEqualTo(1);
    assertThat(r.all().trueNegatives()).isEqualTo(1);
    assertThat(r.all().falsePositives() + r.all().falseNegatives()).isZero();
    assertThat(r.missing()).isEqualTo(1);
    assertThat(r.all().precision()).isEqualTo(1.0);
    assertThat(r.all().recall()).isEqualTo(1.0);
  }
}
