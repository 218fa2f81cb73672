package org.marsad.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.eval.sample.HashHalves;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Span;

/**
 * The fixture {@code dates-news/corpus.jsonl} is three records written for this test in
 * SaudiNewsNet's layout; their contents carry leading spaces, blank lines, CRLF and a no-break
 * space, which the records reader tidies away, so gold offsets into {@code content} must be
 * carried onto the stored body.
 */
class NewsDatesEvalTest {
  private static final String ONE = "http://example.org/news/1";
  private static final String TWO = "http://example.org/news/2";
  private static final String THREE = "http://example.org/news/3";

  @TempDir Path dir;

  @Test
  void scoresValuesOfOverlappingTagsCountsSpansPrecisionAndMissingArticles() throws Exception {
    Path corpus = fixture();
    Map<String, String> contents = RawContents.read(List.of(corpus), Set.of(ONE, TWO, THREE));
    Path gold = gold(contents,
        row(contents, ONE, "أمس", 1, "2015-07-21T00:00", "", "day", "relative day"),
        row(contents, ONE, "الاثنين المقبل", 1, "2015-07-27T00:00", "", "day", "weekday next"),
        row(contents, TWO, "اليوم", 1, "2015-07-22T00:00", "", "day", "relative day"),
        "http://example.org/news/9\t0\t3\tأمس\t2015-07-21T00:00\t\tday\trelative day");
    Files.writeString(dir.resolve("articles.tsv"), "url\tpublished\tsample\tregion_end\n" + ONE + "\t\trandom\t2000\n" + TWO + "\t\trandom\t2000\n");
    Map<String, Article> articles = articles(corpus);

    NewsDatesEval.Result r = NewsDatesEval.score(NewsDatesGold.read(gold), articles, contents, a -> switch (a.url()) {
      // Right value on the exact span; a wrong value on a shorter span; a tag over no gold expression.
      case ONE -> List.of(tag(a, "أمس", "2015-07-21T00:00", "2015-07-22T00:00", "day"),
          tag(a, "الاثنين", "2015-07-20T00:00", "2015-07-21T00:00", "day"),
          tag(a, "الرياض", "2015-07-22T00:00", "2015-07-23T00:00", "day"));
      // The right value on a longer span still counts.
      case TWO -> List.of(tag(a, "اليوم،", "2015-07-22T00:00", "2015-07-23T00:00", "day"));
      default -> List.of();
    });

    assertThat(r.all()).isEqualTo(new NewsDatesEval.Counts(4, 2, 3, 1));
    assertThat(r.missingArticles()).isEqualTo(1);
    assertThat(r.articles()).isEqualTo(3);
    assertThat(r.tagged()).isEqualTo(4);
    assertThat(r.precision()).isEqualTo(0.75);
    assertThat(r.spuriousExamples()).extracting(s -> s.tagged().text()).containsExactly("الرياض");
    NewsDatesEval.Case monday = r.cases().get(1);
    assertThat(monday.found()).isTrue();
    assertThat(monday.right()).isFalse();
    assertThat(monday.got().text()).isEqualTo("الاثنين");
    assertThat(r.cases().get(3).problem()).isEqualTo("article not in the corpus");
    for (NewsDatesEval.Case c : r.cases()) {
      assertThat(c.half()).isEqualTo(HashHalves.of(c.gold().url() + "#" + c.gold().start()));
    }
    assertThat(r.half(0).total() + r.half(1).total()).isEqualTo(4);
    assertThat(r.wrongByKind().get("weekday")).containsExactly(1, 1);
  }

  @Test
  void scoresTheStoredArticlesDatesFromTheCorpus() throws Exception {
    Path corpus = fixture();
    Map<String, String> contents = RawContents.read(List.of(corpus), Set.of(ONE, THREE));
    Path gold = gold(contents,
        row(contents, ONE, "أمس", 1, "2015-07-21T00:00", "", "day", "relative day"),
        row(contents, THREE, "أمس", 1, "2015-07-22T00:00", "", "day", "relative day"));

    NewsDatesEval.Result r = new NewsDatesEval().run(List.of(corpus), gold);

    assertThat(r.articles()).isEqualTo(2);
    assertThat(r.missingArticles()).isZero();
    assertThat(r.cases()).allSatisfy(c -> {
      assertThat(c.found()).isTrue();
      assertThat(c.right()).as(c.gold().url() + " got " + c.got()).isTrue();
    });
  }

  @Test
  void refusesAGoldLineWhoseTextIsNotAsLongAsItsSpan() throws Exception {
    Path gold = Files.writeString(dir.resolve("bad.tsv"), ONE + "\t10\t20\tأمس\t2015-07-21T00:00\t\tday\tx\n");
    assertThatThrownBy(() -> NewsDatesGold.read(gold)).isInstanceOf(IOException.class).hasMessageContaining("bad.tsv:1");
  }

  @Test
  void alignmentCarriesContentOffsetsOntoTheCollapsedBody() {
    String content = "  أعلنت\r\n\r\n\u00a0 الوزارة أمس";
    String stored = "أعلنت\n\nالوزارة أمس";
    StoredTextAlignment a = new StoredTextAlignment(content, stored);
    int at = content.indexOf("أمس");
    assertThat(a.map(at, at + 3, "أمس")).isEqualTo(new Span(stored.indexOf("أمس"), stored.length()));
    assertThat(a.mapBoundary(content.indexOf("الوزارة"))).isEqualTo(stored.indexOf("الوزارة"));
  }

  @Test
  void kindsComeFromTheNoteInRuleOrder() {
    assertThat(ExpressionKind.of("clock + weekday")).isEqualTo("clock+day");
    assertThat(ExpressionKind.of("relative day + weekday (weekday wins)")).isEqualTo("weekday");
    assertThat(ExpressionKind.of("year (start of a range to now)")).isEqualTo("year");
    assertThat(ExpressionKind.of("range of days, bilingual month")).isEqualTo("range");
    assertThat(ExpressionKind.of("Hijri month without year")).isEqualTo("Hijri month");
    assertThat(ExpressionKind.of("something new")).isEqualTo("other");
  }

  private Path fixture() throws URISyntaxException {
    return Path.of(getClass().getResource("/dates-news/corpus.jsonl").toURI());
  }

  private static Map<String, Article> articles(Path corpus) throws IOException {
    Map<String, Article> out = new HashMap<>();
    new RecordsReader().read(corpus, a -> out.put(a.url(), a), new Diagnostics());
    return out;
  }

  private Path gold(Map<String, String> contents, String... rows) throws IOException {
    return Files.writeString(dir.resolve("expressions.tsv"),
        "url\tstart_char\tend_char\ttext\tvalue_start\tvalue_end\tgrain\tnote\n" + String.join("\n", rows) + "\n");
  }

  private static String row(Map<String, String> contents, String url, String text, int occurrence,
      String start, String end, String grain, String note) {
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = contents.get(url).indexOf(text, at + 1);
    }
    return String.join("\t", url, Integer.toString(at), Integer.toString(at + text.length()), text, start, end, grain, note);
  }

  private static NewsDatesEval.Tagged tag(Article a, String text, String start, String end, String grain) {
    int at = a.text().indexOf(text);
    return new NewsDatesEval.Tagged(text, new Span(at, at + text.length()), LocalDateTime.parse(start),
        LocalDateTime.parse(end), grain);
  }
}
