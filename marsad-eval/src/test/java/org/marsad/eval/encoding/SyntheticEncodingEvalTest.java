package org.marsad.eval.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.eval.sample.Corpus;

class SyntheticEncodingEvalTest {
  @TempDir Path dir;

  private static final List<String> TITLES = List.of(
      "وزير الخارجية يبحث مع نظيره العلاقات الثنائية",
      "“الصحة” تحذر من موجة حر في المنطقة الشرقية",
      "أمطار غزيرة على حائل والجوف.. والدفاع المدني يحذر",
      "ظل الطالب يحفظ الدرس حتى المساء",
      "افتتاح معرض الكتاب في الرياض بمشاركة 500 دار نشر");

  @Test
  void everyKindOfTheseTitlesIsRepairedAndCleanTitlesAreKept() {
    SyntheticEncodingEval.Result r = new SyntheticEncodingEval().run(TITLES);
    assertThat(r.titles()).isEqualTo(5);
    assertThat(r.kinds()).containsOnlyKeys(Corruption.values());
    r.kinds().forEach((kind, s) -> assertThat(s.accuracy()).as(kind.id()).isEqualTo(1.0));
    assertThat(r.falseRepairs()).isEmpty();
    assertThat(r.cleanKept()).isEqualTo(1.0);
    assertThat(r.metrics()).containsEntry("kinds.cp1256-lost-ad.accuracy", 1.0).containsEntry("cleanKept", 1.0);
    String json = r.toJson().toString();
    assertThat(json).startsWith("{\"task\":\"encoding-synthetic\",\"titles\":5,\"kinds\":{\"cp1256\":{\"accuracy\":1.0");
    assertThat(json).contains("\"falseRepairs\":0");
  }

  @Test
  void missesAreCountedAndShown() {
    // A title that is itself mojibake-shaped is "repaired" when clean: a false repair.
    String shaped = "ط§ظ„ظ…ط¯ظٹظ†ط©";
    SyntheticEncodingEval.Result r = new SyntheticEncodingEval().run(List.of(shaped));
    assertThat(r.falseRepairs()).singleElement().asString().startsWith(shaped + "  →  ");
    assertThat(r.cleanKept()).isZero();
  }

  @Test
  void theSampleIsSeededAndSkipsDerivedTitles() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      jsonl.append("{\"url\":\"http://news.example/").append(i).append("\",\"title\":\"خبر رقم ").append(i)
          .append("\",\"content\":\"نص الخبر.\"}\n");
    }
    jsonl.append("{\"url\":\"http://news.example/none\",\"content\":\"خبر بلا عنوان في السجل.\"}\n");
    Path file = dir.resolve("corpus.jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    List<String> a = Corpus.sampleWithRealTitles(List.of(file), 10, 7).stream().map(x -> x.title()).toList();
    assertThat(a).hasSize(10).allMatch(t -> t.startsWith("خبر رقم "));
    assertThat(Corpus.sampleWithRealTitles(List.of(file), 10, 7).stream().map(x -> x.title()).toList()).isEqualTo(a);
    assertThat(Corpus.sampleWithRealTitles(List.of(file), 10, 8).stream().map(x -> x.title()).toList()).isNotEqualTo(a);
    assertThat(new SyntheticEncodingEval().run(List.of(file), 10, 7)).isEqualTo(new SyntheticEncodingEval().run(List.of(file), 10, 7));
  }
}
