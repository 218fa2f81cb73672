package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.dates.DateOrder;

/** The order a page writes numeric dates in: its site's, else its own evidence, else day first. */
class PageDateOrderTest {
  private static List<PageLine> page(String... lines) {
    return java.util.stream.IntStream.range(0, lines.length).mapToObj(i -> PageLine.of(i + 1, lines[i])).toList();
  }

  private static SiteTemplate siteOrder(DateOrder order) {
    return SiteTemplate.ofKeys(2, Set.of(), Map.of(), Set.of(), order);
  }

  @Test
  void datesThatReadOneWayOnlyAreCountedAsEvidence() {
    assertThat(PageDateOrder.evidence(page("نشر في 23/06/2024", "تحديث 21.12.2023", "05/06/2024"))).containsExactly(2, 0);
    assertThat(PageDateOrder.evidence(page("06/23/2024 و 12-21-2023"))).containsExactly(0, 2);
    assertThat(PageDateOrder.evidence(page("٢٣/٠٦/٢٠٢٤"))).as("Arabic-Indic digits").containsExactly(1, 0);
    assertThat(PageDateOrder.evidence(page("32/06/2024", "123/06/2024"))).containsExactly(0, 0);
  }

  @Test
  void aPageReadsItsOwnEvidenceAndDefaultsToDayFirst() {
    assertThat(PageDateOrder.of(page("06/23/2024"), SiteTemplate.NONE)).isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(PageDateOrder.of(page("23/06/2024"), SiteTemplate.NONE)).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(PageDateOrder.of(page("05/06/2024"), SiteTemplate.NONE)).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(PageDateOrder.of(page("06/23/2024", "23/06/2024"), SiteTemplate.NONE)).isEqualTo(DateOrder.DAY_FIRST);
  }

  @Test
  void theSitesOrderWinsOverThePagesOwnEvidence() {
    assertThat(PageDateOrder.of(page("06/23/2024"), siteOrder(DateOrder.DAY_FIRST))).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(PageDateOrder.of(page("05/06/2024"), siteOrder(DateOrder.MONTH_FIRST))).isEqualTo(DateOrder.MONTH_FIRST);
  }
}
