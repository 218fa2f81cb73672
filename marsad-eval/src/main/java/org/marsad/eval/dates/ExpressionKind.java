package org.marsad.eval.dates;

import java.util.List;
import java.util.Locale;

/**
 * The kind of a gold expression, read from its note, for the failure table: the labeller's note
 * names what the expression is made of ({@code clock + day}, {@code Hijri month without year}, …).
 * Rules are tried in order, so a clock time with a weekday counts as a clock time.
 */
final class ExpressionKind {
  private record Rule(String kind, List<String> cues) {}

  private static final List<Rule> RULES = List.of(
      new Rule("clock+day", List.of("clock", "midnight")),
      new Rule("anchored to another date", List.of("another date", "other expression")),
      new Rule("part of day", List.of("part of day")),
      new Rule("Hijri month", List.of("hijri month")),
      new Rule("Hijri date", List.of("hijri date")),
      new Rule("Hijri year", List.of("hijri year")),
      new Rule("holiday", List.of("holiday")),
      new Rule("range", List.of("range of", "range month")),
      new Rule("period", List.of("period", "quarter", "half year", "decade")),
      new Rule("Gregorian date", List.of("gregorian date")),
      new Rule("Gregorian month", List.of("gregorian month")),
      new Rule("weekday", List.of("weekday")),
      new Rule("relative day", List.of("relative day")),
      new Rule("relative week", List.of("relative week")),
      new Rule("relative month", List.of("relative month")),
      new Rule("relative year", List.of("relative year")),
      new Rule("year", List.of("year")));

  private ExpressionKind() {}

  static String of(String note) {
    String n = note.toLowerCase(Locale.ROOT);
    for (Rule r : RULES) {
      if (r.cues().stream().anyMatch(n::contains)) {
        return r.kind();
      }
    }
    return "other";
  }
}
