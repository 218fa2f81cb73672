package org.marsad.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.arabic.dates.Lean;
import org.marsad.eval.sample.HashHalves;

class DatesEvalTest {
  private static Path gold() throws URISyntaxException {
    return Path.of(DatesEvalTest.class.getResource("/dates/gold.tsv").toURI());
  }

  @Test
  void scoresEachPhraseOnStartGrainAndGivenEnd() throws Exception {
    DatesEval.Result r = new DatesEval(Lean.FUTURE).run(gold());

    assertThat(r.cases()).hasSize(5);
    assertThat(r.right()).isEqualTo(4);
    assertThat(r.accuracy()).isEqualTo(0.8);
    assertThat(r.cases()).filteredOn(c -> !c.right()).singleElement().satisfies(c -> {
      assertThat(c.phrase()).isEqualTo("الشهر المقبل");
      assertThat(c.got()).isNotNull();
      assertThat(c.got().start()).isEqualTo(LocalDateTime.of(2024, 2, 1, 0, 0));
    });
    assertThat(r.toJson().toString()).startsWith("{\"task\":\"dates\",\"accuracy\":0.8,\"total\":5,");
    int missHalf = HashHalves.of("الشهر المقبل");
    assertThat(r.accuracy(missHalf)).isLessThan(1.0);
    assertThat(r.metrics()).containsKeys("tune.accuracy", "check.accuracy");
  }

  @Test
  void readsTheReferenceZoneFromTheHeaderElseDucklings(@TempDir Path dir) throws IOException {
    String phrase = "يوم 5 فبراير الساعة 3 بتوقيت غرينتش";
    Path stated = dir.resolve("stated.tsv");
    Files.writeString(stated, "# reference time 2024-01-30T10:00:00 (UTC+03:00)\n"
        + phrase + "\t2024-02-05T06:00:00\t\tminute\n", StandardCharsets.UTF_8);
    Path unstated = dir.resolve("unstated.tsv");
    Files.writeString(unstated, "# reference time 2024-01-30T10:00:00\n"
        + phrase + "\t2024-02-05T01:00:00\t\tminute\n", StandardCharsets.UTF_8);

    assertThat(new DatesEval(Lean.FUTURE).run(stated).right()).isEqualTo(1);
    assertThat(new DatesEval(Lean.FUTURE).run(unstated).right()).isEqualTo(1);
  }

  @Test
  void aWrongEndIsAMiss(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.tsv");
    Files.writeString(file, "# reference time 2024-01-30T10:00:00\n"
        + "من 5 إلى 10 مايو\t2024-05-05T00:00:00\t2024-05-10T00:00:00\tday\n", StandardCharsets.UTF_8);

    assertThat(new DatesEval(Lean.FUTURE).run(file).right()).isZero();
  }

  @Test
  void aFileWithoutReferenceIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.tsv");
    Files.writeString(file, "اليوم\t2024-01-30T00:00:00\t\tday\n", StandardCharsets.UTF_8);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DatesEval(Lean.FUTURE).run(file))
        .isInstanceOf(IOException.class).hasMessageContaining("reference time");
  }
}
