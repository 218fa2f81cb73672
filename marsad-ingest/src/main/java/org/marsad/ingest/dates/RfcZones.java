package org.marsad.ingest.dates;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The zones machine dates print: numeric offsets and the abbreviations feeds use. Thread-safe. */
final class RfcZones {
  private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");
  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0),
      Map.entry("EST", -5 * 60), Map.entry("EDT", -4 * 60), Map.entry("CST", -6 * 60),
      Map.entry("CDT", -5 * 60), Map.entry("MST", -7 * 60), Map.entry("MDT", -6 * 60),
      Map.entry("PST", -8 * 60), Map.entry("PDT", -7 * 60), Map.entry("BST", 60),
      Map.entry("CET", 60), Map.entry("CEST", 2 * 60), Map.entry("EET", 2 * 60),
      Map.entry("EEST", 3 * 60), Map.entry("MSK", 3 * 60), Map.entry("KSA", 3 * 60),
      // In Arabic feeds AST is Arabia Standard Time (Riyadh, Baghdad), not Atlantic Standard Time.
      Map.entry("AST", 3 * 60), Map.entry("GST", 4 * 60), Map.entry("IRST", 3 * 60 + 30));

  private RfcZones() {}

  /** The offset a zone names ({@code GMT}, {@code +0300}, {@code AST}, {@code GMT+3}), or null. */
  static @Nullable ZoneOffset of(String zone) {
    String z = zone.replaceAll("[()]", "").strip();
    int space = z.indexOf(' ');
    String first = (space < 0 ? z : z.substring(0, space)).toUpperCase(Locale.ROOT);
    Integer minutes = ZONES.get(first);
    if (minutes != null && (space < 0 || !Character.isDigit(z.charAt(z.length() - 1)))) {
      return ZoneOffset.ofTotalSeconds(minutes * 60);
    }
    Matcher m = NUMERIC_ZONE.matcher(z);
    if (m.lookingAt()) {
      return numeric(m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3)));
    }
    return minutes == null ? null : ZoneOffset.ofTotalSeconds(minutes * 60);
  }

  /** {@code Z}, {@code UTC}, {@code GMT}, {@code +03}, {@code +0300}, {@code +03:00}, {@code -3}; null when out of range. */
  static @Nullable ZoneOffset numeric(String z) {
    if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = z.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
    int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
    if (hours > 18 || minutes > 59) {
      return null;
    }
    int total = (hours * 60 + minutes) * 60;
    return ZoneOffset.ofTotalSeconds(z.charAt(0) == '-' ? -total : total);
  }
}
