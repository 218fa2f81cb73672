package org.marsad.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.codec.ArticleJson;

/** A four-article set written for this test: two reports of one flood, a related one, and football. */
class SimilarityEvalTest {
  @TempDir Path dir;

  @Test
  void scoresFollowTheRatingsAndTheSameStoryIsFound() throws Exception {
    List<String[]> articles = List.of(
        new String[] {"1", "سيول جدة تغرق الشوارع وتوقف الدراسة",
            "غمرت السيول الناتجة عن الأمطار الغزيرة شوارع جدة اليوم وأعلنت إدارة التعليم تعليق الدراسة في المدارس.\nوقال الدفاع المدني إن فرقه أنقذت عشرات الأشخاص المحاصرين في سياراتهم بالأحياء الجنوبية."},
        new String[] {"2", "الدفاع المدني ينقذ محاصرين في سيول جدة",
            "أنقذت فرق الدفاع المدني عشرات المحاصرين في سياراتهم بعد أن غمرت السيول أحياء جنوب جدة إثر أمطار غزيرة.\nوعلقت إدارة التعليم الدراسة في مدارس جدة حتى انحسار المياه من الشوارع."},
        new String[] {"3", "الأرصاد تحذر من أمطار غزيرة على مكة",
            "حذر المركز الوطني للأرصاد من هطول أمطار غزيرة على منطقة مكة المكرمة خلال الأيام المقبلة قد تؤدي إلى جريان السيول.\nودعا الدفاع المدني السكان إلى الابتعاد عن مجاري الأودية."},
        new String[] {"4", "الاتحاد يتعادل مع الأهلي في الدوري",
            "تعادل فريق الاتحاد مع الأهلي بهدف لمثله في المباراة التي أقيمت مساء أمس ضمن منافسات الدوري.\nوسجل مهاجم الاتحاد هدف التقدم قبل أن يعادل الأهلي في الشوط الثاني."});
    StringBuilder jsonl = new StringBuilder();
    for (String[] a : articles) {
      jsonl.append(ArticleJson.mapper().createObjectNode().put("id", a[0]).put("url", "https://example.org/" + a[0])
          .put("title", a[1]).put("published", "2024-05-0" + a[0]).put("text", a[2])).append('\n');
    }
    Files.writeString(dir.resolve("articles.jsonl"), jsonl);
    Files.writeString(dir.resolve("pairs.tsv"), "pair_id\tid1\tid2\toverall\tgeography\n"
        + "1_2\t1\t2\t1.0\t1.0\n1_3\t1\t3\t2.5\t1.0\n1_4\t1\t4\t4.0\t1.0\n2_4\t2\t4\t4.0\t1.0\n3_4\t3\t4\t4.0\t1.0\n1_9\t1\t9\t1.0\t1.0\n");

    SimilarityEval.Result r = new SimilarityEval().run(dir);

    assertThat(r.pairs()).hasSize(5);
    assertThat(r.missing()).isEqualTo(1);
    assertThat(r.spearman()).isGreaterThan(0.7);
    assertThat(r.pairs().get(0).sameStory()).isTrue();
    assertThat(r.pairs().get(2).sameStory()).isFalse();
    assertThat(r.sameStoryAccuracy()).isGreaterThanOrEqualTo(0.8);
    assertThat(r.rankings()).isEqualTo(4);
    assertThat(r.ndcg()).isGreaterThan(0.9);
  }

  @Test
  void pairsAreSplitIntoHashHalvesAndTheWorstRankedComeFirst() throws Exception {
    List<SimilarityEval.Scored> pairs = List.of(
        new SimilarityEval.Scored("a", "1", "2", 1.0, 0.9, true, 0),
        new SimilarityEval.Scored("b", "1", "3", 2.0, 0.1, false, 0),
        new SimilarityEval.Scored("c", "1", "4", 4.0, 0.2, false, 0),
        new SimilarityEval.Scored("d", "2", "4", 4.0, 0.3, true, 1));
    SimilarityEval.Result r = new SimilarityEval.Result(pairs, 0, 0, 0, 0, 0, 0);

    assertThat(r.halves()).extracting(SimilarityEval.Half::name, SimilarityEval.Half::pairs)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tune", 3), org.assertj.core.groups.Tuple.tuple("check", 1));
    assertThat(r.halves().get(1).sameStoryAccuracy()).isZero();
    assertThat(r.metrics()).containsKeys("tune.spearman", "check.sameStoryAccuracy");
    // b is rated second but scored last; a is where it belongs.
    assertThat(r.worstRanked(0, 2)).extracting(SimilarityEval.Scored::pairId).containsExactly("b", "c");
  }
}
