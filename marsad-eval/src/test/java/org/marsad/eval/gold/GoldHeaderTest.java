package org.marsad.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldHeaderTest {
  @Test
  void aLineNamingTheColumnsIsAHeader() {
    assertThat(GoldHeader.isHeader("url1\turl2\tlabel", "url1", "url")).isTrue();
    assertThat(GoldHeader.isHeader("URL1\tURL2\tdup|not\tnote", "url1")).isTrue();
    assertThat(GoldHeader.isHeader("broken\texpected", "broken")).isTrue();
    assertThat(GoldHeader.isHeader("\uFEFFbroken\texpected\t", "broken")).as("a spreadsheet's BOM and a trailing tab").isTrue();
    assertThat(GoldHeader.isHeader("pair_id\tid1\tid2\toverall\tstratum (see README.md)", "pair_id")).isTrue();
  }

  @Test
  void dataIsNotAHeader() {
    assertThat(GoldHeader.isHeader("http://a.example/1\thttp://b.example/2\tdup", "url1", "url")).isFalse();
    assertThat(GoldHeader.isHeader("ظˆطµظ„ ط§ظ„ظˆظپط¯\tوصل الوفد", "broken")).isFalse();
    assertThat(GoldHeader.isHeader("اليوم\t2024-01-30T00:00:00\t\tday", "phrase")).isFalse();
    assertThat(GoldHeader.isHeader("broken\t2024-01-30", "broken")).as("a cell that is no name").isFalse();
    assertThat(GoldHeader.isHeader("expected\tbroken", "broken")).as("columns in another order").isFalse();
  }
}
