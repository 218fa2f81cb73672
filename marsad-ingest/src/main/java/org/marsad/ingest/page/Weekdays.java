package org.marsad.ingest.page;

import java.util.Set;

/** Arabic weekday names as search keys, which pages print before dates. */
final class Weekdays {
  private static final Set<String> KEYS =
      Set.of(
          PageLexicon.key("الأحد"),
          PageLexicon.key("الاثنين"),
          PageLexicon.key("الإثنين"),
          PageLexicon.key("الثلاثاء"),
          PageLexicon.key("الأربعاء"),
          PageLexicon.key("الخميس"),
          PageLexicon.key("الجمعة"),
          PageLexicon.key("السبت"));

  private Weekdays() {}

  static boolean isWeekday(String key) {
    return KEYS.contains(key);
  }
}
