package org.marsad.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairLabelsTest {
  @TempDir Path dir;

  @Test
  void readsLabelsSkippingCommentsAndExtraColumns() throws Exception {
    Path f = Files.writeString(dir.resolve("gold.tsv"), "# header\nhttp://a\thttp://b\tdup\tsame release\tA\n\nhttp://c\thttp://d\tnot\n");
    assertThat(PairLabels.read(f)).containsExactly(
        new PairLabels.Pair("http://a", "http://b", true, 2), new PairLabels.Pair("http://c", "http://d", false, 4));
  }

  @Test
  void aFirstLineNamingTheColumnsIsSkipped() throws Exception {
    Path f = Files.writeString(dir.resolve("gold.tsv"), "# labels\nurl1\turl2\tlabel\nhttp://a\thttp://b\tdup\n");
    assertThat(PairLabels.read(f)).containsExactly(new PairLabels.Pair("http://a", "http://b", true, 3));
  }

  @Test
  void aBadLabelNamesItsLine() throws Exception {
    Path f = Files.writeString(dir.resolve("gold.tsv"), "http://a\thttp://b\tmaybe\n");
    assertThatThrownBy(() -> PairLabels.read(f)).isInstanceOf(IOException.class).hasMessageContaining("gold.tsv:1").hasMessageContaining("maybe");
  }
}
