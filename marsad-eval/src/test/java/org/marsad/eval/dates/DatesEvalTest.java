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
    assertThat(r.toJson().toString()).isEqualTo("{\"task\":\"dates\",\"accuracy\":0.8,\"total\":5}");
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
