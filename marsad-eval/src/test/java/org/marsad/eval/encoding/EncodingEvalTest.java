package org.marsad.eval.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingEvalTest {
  @TempDir Path dir;

  private Path tsv(String text) throws IOException {
    Path f = dir.resolve("gold.tsv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void theFixtureIsRepairedExceptItsDeliberateMiss() throws IOException, URISyntaxException {
    Path gold = Path.of(Objects.requireNonNull(getClass().getResource("/encoding/gold.tsv")).toURI());
    EncodingEval.Result r = new EncodingEval().run(gold);
    assertThat(r.lines()).isEqualTo(6);
    assertThat(r.exact()).isEqualTo(5);
    assertThat(r.misses()).singleElement().satisfies(m -> {
      assertThat(m.lineNumber()).isEqualTo(8);
      assertThat(m.expected()).isEqualTo("plain test");
      assertThat(m.actual()).isEqualTo("plain text");
    });
    assertThat(r.toJson().toString()).startsWith("{\"task\":\"encoding\",\"lines\":6,\"accuracy\":0.8333,");
  }

  @Test
  void charAccuracyIsPooledOverAllExpectedChars() throws IOException {
    // kitten -> sitting is 3 edits against 7 expected chars; abc is right: 1 - 3 / (7 + 3).
    EncodingEval.Result r = new EncodingEval().run(tsv("# a comment\nkitten\tsitting\n\nabc\tabc\n"));
    assertThat(r.lines()).isEqualTo(2);
    assertThat(r.accuracy()).isEqualTo(0.5);
    assertThat(r.charAccuracy()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.metrics()).containsOnlyKeys("accuracy", "charAccuracy");
  }

  @Test
  void aFirstLineNamingTheColumnsIsSkipped() throws IOException {
    EncodingEval.Result r = new EncodingEval().run(tsv("broken\texpected\nabc\tabc\n"));
    assertThat(r.lines()).isEqualTo(1);
    assertThat(r.exact()).isEqualTo(1);
  }

  @Test
  void atMostTwentyMissesAreListed() throws IOException {
    EncodingEval.Result r = new EncodingEval().run(tsv("a\tb\n".repeat(25)));
    assertThat(r.lines()).isEqualTo(25);
    assertThat(r.misses()).hasSize(20);
    assertThat(r.charAccuracy()).isZero();
  }

  @Test
  void aLineWithoutATabIsAnError() throws IOException {
    Path f = tsv("no tab here\n");
    assertThatThrownBy(() -> new EncodingEval().run(f)).isInstanceOf(IOException.class).hasMessageContaining(":1:");
  }

  @Test
  void levenshteinDistances() {
    assertThat(Levenshtein.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Levenshtein.distance("", "abc")).isEqualTo(3);
    assertThat(Levenshtein.distance("حلم", "طلم")).isEqualTo(1);
    assertThat(Levenshtein.distance("same", "same")).isZero();
  }
}
