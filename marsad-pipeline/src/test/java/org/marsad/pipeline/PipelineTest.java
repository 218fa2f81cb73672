package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.Stage;
import org.marsad.ingest.NotReadable;
import org.marsad.ingest.read.Readers;
import org.marsad.model.AnnotationLayer;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;
import org.marsad.model.TimeAnnotation;
import org.marsad.stories.Placed;
import org.marsad.stories.PlacementStage;
import org.marsad.stories.StoryEngine;
import org.junit.jupiter.api.Test;

/** The road every article takes, fed with JSON records written for this test. */
class PipelineTest {
  /** A record of one agency release, with a right-to-left mark and an Arabic presentation form. */
  private static String record(int i, String content) {
    return "{\"url\": \"https://example.org/" + i + "\", \"title\": \"\u200fعنوان الخبر " + i + "\", \"source\": \"مصدر\","
        + " \"date\": \"2024-03-12T10:00:00Z\", \"content\": \"" + content + "\"}\n";
  }

  private static final String RELEASE = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المنطقة الشرقية بسعة مئتي سرير، "
      + "وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة وإن العمل فيه يبدأ الأحد المقبل بعد اكتمال التجهيزات الطبية كلها.";

  private static Document records(int n) {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < n; i++) {
      jsonl.append(record(i, i % 5 == 0 ? RELEASE : "خبر قصير رقم " + i + " عن موضوع مختلف تماما في مدينة رقم " + i + "\uFEE1"));
    }
    return Document.ofBytes("items.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8)).withMediaType("application/x-ndjson");
  }

  @Test
  void everyArticleIsDisplayNormalizedAndEnrichedWhateverItsFormat() throws Exception {
    List<Processed> out = new ArrayList<>();
    new Pipeline(new Readers(), Enricher.standard(), null).process(records(3), out::add, new Diagnostics());
    assertThat(out).hasSize(3).allSatisfy(p -> {
      assertThat(p.placed()).isNull();
      assertThat(p.article().title()).doesNotContain("\u200f").startsWith("عنوان");
      assertThat(p.article().text()).doesNotContain("\uFEE1");
      assertThat(p.article().annotations().layer(TimeAnnotation.KIND)).isPresent();
    });
    assertThat(out.get(0).article().annotations().layer(TimeAnnotation.KIND).orElseThrow().items(TimeAnnotation.class))
        .extracting(TimeAnnotation::text).contains("اليوم");
  }

  @Test
  void articlesPlacedAheadArePlacedAsIfOneByOneAndHandedOnInOrder() throws Exception {
    int n = Pipeline.LOOK_AHEAD * 2 + 7;
    List<Processed> ahead = new ArrayList<>();
    try (PlacementStage placing = PlacementStage.fresh(StoryEngine.Config.defaults())) {
      new Pipeline(new Readers(), Enricher.standard(), placing).process(records(n), ahead::add, new Diagnostics());
      assertThat(placing.placingNanos()).isPositive();
    }
    List<Processed> read = new ArrayList<>();
    new Pipeline(new Readers(), Enricher.standard(), null).process(records(n), read::add, new Diagnostics());
    StoryEngine oneByOne = new StoryEngine(StoryEngine.Config.defaults());
    assertThat(ahead).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(ahead.get(i).article()).isEqualTo(read.get(i).article());
      Placed expected = oneByOne.place(org.marsad.stories.ArticleFeatures.of(read.get(i).article()));
      assertThat(ahead.get(i).placed().groupId()).isEqualTo(expected.groupId());
      assertThat(ahead.get(i).placed().sequence()).isEqualTo(i);
    }
    // the copies of the release meet in the first one's group
    assertThat(ahead.get(5).placed().groupId()).isEqualTo(ahead.get(0).article().id());
  }

  @Test
  void aDocumentNoReaderTakesIsRefusedWithItsReasonAndNothingHandedOn() {
    List<Processed> out = new ArrayList<>();
    Document binary = Document.ofBytes("x.bin", new byte[] {1, 2, 0, 3});
    assertThatThrownBy(() -> new Pipeline(new Readers(), Enricher.standard(), null).process(binary, out::add, new Diagnostics()))
        .isInstanceOf(NotReadable.class).hasMessageContaining("binary");
    assertThat(out).isEmpty();
  }
  @Test
  void outOfMemoryInAStageReachesTheCallerAsItself() {
    Stage exhausting = new Stage() {
      @Override
      public String kind() {
        return "exhausting";
      }

      @Override
      public int version() {
        return 1;
      }

      @Override
      public AnnotationLayer annotate(Article article) {
        throw new OutOfMemoryError("Java heap space (thrown by the test)");
      }
    };
    List<Processed> out = new ArrayList<>();
    Pipeline pipeline = new Pipeline(new Readers(), new Enricher(List.of(exhausting)), null);
    assertThatThrownBy(() -> pipeline.process(records(Pipeline.LOOK_AHEAD + 3), out::add, new Diagnostics()))
        .isInstanceOf(OutOfMemoryError.class).hasMessageContaining("thrown by the test");
    assertThat(out).isEmpty();
  }

  @Test
  void aFailureWhileHandingOnIsNotReplacedByWhatFailsAfterIt() {
    List<String> failures = new ArrayList<>();
    Pipeline.Output failing = processed -> {
      failures.add("failure " + (failures.size() + 1));
      throw new IOException(failures.get(failures.size() - 1));
    };
    assertThatThrownBy(() -> new Pipeline(new Readers(), Enricher.standard(), null)
        .process(records(Pipeline.LOOK_AHEAD + 3), failing, new Diagnostics()))
        .isInstanceOf(IOException.class).hasMessage("failure 1")
        .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("failure 2"));
  }
}
