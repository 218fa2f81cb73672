package org.marsad.ingest.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.dates.DateOrder;
import org.marsad.arabic.normalize.ArabicNormalizer;

/**
 * Decides whether a page writes numeric dates day first or month first, from the dates on it that
 * only read one way: 21/02/2018 is day first, 2/21/2018 month first. An ambiguous 05/06/2024 on
 * the same page then reads the way its neighbours do; with no evidence, day first, as in most of
 * the Arab world. Thread-safe.
 */
final class PageDateOrder {
  private static final Pattern NUMERIC = Pattern.compile("(?<![0-9])([0-9]{1,2})[/.\\-]([0-9]{1,2})[/.\\-]([0-9]{4})(?![0-9])");
  private static final int MAX_MONTH = 12;
  private static final int MAX_DAY = 31;

  private PageDateOrder() {}

  /**
   * The order of the page's site, decided across its pages (this one included); else the page's
   * own evidence; else day first.
   */
  static DateOrder of(List<PageLine> lines, SiteTemplate site) {
    if (site.dateOrder().isPresent()) {
      return site.dateOrder().get();
    }
    int[] e = evidence(lines);
    if (e[0] != e[1]) {
      return e[1] > e[0] ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
    }
    return DateOrder.DAY_FIRST;
  }

  /** How many numeric dates on the page read only day first, and only month first. */
  static int[] evidence(List<PageLine> lines) {
    int dayFirst = 0;
    int monthFirst = 0;
    for (PageLine line : lines) {
      Matcher m = NUMERIC.matcher(ArabicNormalizer.searchKey(line.text()));
      while (m.find()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a > MAX_MONTH && a <= MAX_DAY && b >= 1 && b <= MAX_MONTH) {
          dayFirst++;
        } else if (b > MAX_MONTH && b <= MAX_DAY && a >= 1 && a <= MAX_MONTH) {
          monthFirst++;
        }
      }
    }
    return new int[] {dayFirst, monthFirst};
  }
}
