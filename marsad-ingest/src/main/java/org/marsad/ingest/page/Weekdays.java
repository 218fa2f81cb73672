package org.marsad.ingest.page;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Arabic weekday names as search keys, which pages print before dates. */
final class Weekdays {
  // Search keys fold hamza and ta marbuta, so one spelling of each name covers its variants.
  private static final Set<String> KEYS =
      Stream.of("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
          .map(PageLexicon::key)
          .collect(Collectors.toUnmodifiableSet());

  private Weekdays() {}

  static boolean isWeekday(String key) {
    return KEYS.contains(key);
  }
}
