package org.marsad.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCsvTest {
  @Test
  void cellsAFormulaCouldStartWithGetALeadingQuote() {
    assertThat(ArticleCsv.defused("=1+1")).isEqualTo("'=1+1");
    assertThat(ArticleCsv.defused("+971 50")).isEqualTo("'+971 50");
    assertThat(ArticleCsv.defused("-2+3")).isEqualTo("'-2+3");
    assertThat(ArticleCsv.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ArticleCsv.defused("\t=1")).isEqualTo("'\t=1");
    assertThat(ArticleCsv.defused("\r=1")).isEqualTo("'\r=1");
    assertThat(ArticleCsv.defused("قال: =1")).isEqualTo("قال: =1");
    assertThat(ArticleCsv.defused("")).isEmpty();
  }

  @Test
  void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out);
    csv.record(List.of("plain", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere", ""));
    csv.record(List.of("x"));
    assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\"cr\rhere\",\r\nx\r\n");
  }
}
