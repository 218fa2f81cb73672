package org.marsad.arabic.dates;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Precision;

/**
 * The optional time and zone after a date: {@code - 10:31}, {@code ، الساعة 06:53 صباحاً},
 * {@code T10:15:00+03:00}, {@code GMT}, {@code بتوقيت مكة المكرمة}, {@code (ت.غ)}, {@code GMT+3}.
 *
 * <p>{@link #REGEX} is appended to every day-level date pattern; it defines the named groups read by
 * {@link #read}. Every quantifier is possessive or bounded so hostile input cannot make it backtrack.
 */
final class TimeSuffix {
  /** Horizontal blanks only: a time on the next line belongs to something else. */
  static final String SP = "[ \\t]";

  private static final String HOUR_WORD = "\u0627\u0644\u0633\u0627\u0639\u0647"; // الساعه (folded)
  private static final String AT_WORDS = "(?:\u0641\u064A|\u0639\u0646\u062F)"; // في، عند
  private static final String MORNING = "\u0635\u0628\u0627\u062D"; // صباح
  private static final String EVENING = "\u0645\u0633\u0627\u0621"; // مساء
  private static final char SAD = '\u0635';
  private static final String TIMING = "\u062A\u0648\u0642\u064A\u062A"; // توقيت
  /** بتوقيت، بالتوقيت، حسب توقيت. */
  private static final String TIMING_PREFIX =
      "(?:\u0628|\u0628\u0627\u0644|\u062D\u0633\u0628" + SP + "++)?" + TIMING + SP + "++";

  private static final String SEP =
      "(?:T|" + SP + "*+(?:[-\u2013\u2014|,\u060C@/]" + SP + "*+)?+"
          + "(?:(?:" + AT_WORDS + SP + "++)?+(?:" + HOUR_WORD + "|at)" + SP + "*+)?+)";
  /** صباحاً، صباح، مساءً، مساء (folded: no tanween), am, a.m., pm, p.m. */
  private static final String HALF_DAY_WORDS = MORNING + "\u0627|" + MORNING + "|" + EVENING + "\u0627|" + EVENING
      + "|a(?:m|\\.m\\.)|p(?:m|\\.m\\.)";
  /** After hh:mm the one-letter forms ص and م are unambiguous. */
  private static final String AMPM = "(?:" + HALF_DAY_WORDS + "|\u0635|\u0645)(?!\\p{L})";
  /** After a bare hour only the words count: {@code 2024 10 م} is too vague to be a time. */
  private static final String AMPM_WORD = "(?:" + HALF_DAY_WORDS + ")(?!\\p{L})";
  private static final String ADJUST = "(?:" + SP + "?+[+-]\\d{1,2}(?::?[0-5]\\d)?+(?!\\d))?+";

  private static final NameTable ZONES = NameTable.load("zones.tsv");
  /** A zone name after a time: bare ({@code GMT}) or after توقيت; {@link #offset} reads it. */
  static final String ZONE_CORE =
      "(?:" + TIMING_PREFIX + ZONES.alternation() + "|" + ZONES.alternation(c -> c.get(1).equals("bare"))
          + ")(?![\\p{L}\\p{N}])" + ADJUST;
  private static final Pattern ZONE_PARTS = Pattern.compile(
      "(?:" + TIMING_PREFIX + ")?+(?<name>" + ZONES.alternation() + ")(?<adj>" + ADJUST + ")",
      Pattern.CASE_INSENSITIVE);

  static final String REGEX =
      "(?:" + SEP
          + "(?:(?<th>[01]?\\d|2[0-3]):(?<tm>[0-5]\\d)(?::(?<ts>[0-5]\\d)(?:\\.\\d{1,9})?+)?+(?![\\d:])"
          + "(?:" + SP + "*+(?<ap>" + AMPM + "))?+"
          + "|(?<hh>1[0-2]|0?[1-9])" + SP + "*+(?<hap>" + AMPM_WORD + "))"
          + "(?:" + SP + "?+(?<zo>z(?![\\p{L}\\p{N}])|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d(?!\\d)))?+"
          + ")?+"
          + "(?:" + SP + "*+(?<zone>\\(" + SP + "*+" + ZONE_CORE + SP + "*+\\)|" + ZONE_CORE + "))?+";

  /** What the suffix said: a time (or midnight), how precise, and the zone if named. */
  record Parts(LocalTime time, @Nullable Precision precision, @Nullable ZoneOffset offset) {
    /** No time and no zone. */
    static final Parts NONE = new Parts(LocalTime.MIDNIGHT, null, null);
  }

  private TimeSuffix() {}

  static Parts read(Matcher m) {
    ZoneOffset offset = zone(m);
    if (m.group("hh") != null) {
      LocalTime time = LocalTime.of(twelveHour(Integer.parseInt(m.group("hh")), m.group("hap")), 0);
      return new Parts(time, Precision.HOUR, offset);
    }
    String hour = m.group("th");
    if (hour == null) {
      return new Parts(LocalTime.MIDNIGHT, null, offset);
    }
    int h = Integer.parseInt(hour);
    String ap = m.group("ap");
    if (ap != null && h <= 12) {
      h = twelveHour(h, ap);
    }
    int min = Integer.parseInt(m.group("tm"));
    String sec = m.group("ts");
    LocalTime time = LocalTime.of(h, min, sec == null ? 0 : Integer.parseInt(sec));
    return new Parts(time, sec == null ? Precision.MINUTE : Precision.SECOND, offset);
  }

  /** 12 ص is midnight, 12 م is noon. */
  private static int twelveHour(int h, String ap) {
    boolean morning = ap.charAt(0) == SAD || Character.toLowerCase(ap.charAt(0)) == 'a';
    return morning ? h % 12 : h % 12 + 12;
  }

  private static @Nullable ZoneOffset zone(Matcher m) {
    String numeric = m.group("zo");
    if (numeric != null) {
      return numeric.equalsIgnoreCase("z") ? ZoneOffset.UTC : ZoneOffset.of(withColon(numeric));
    }
    String named = m.group("zone");
    return named == null ? null : offset(named);
  }

  /** The offset of a zone matched by {@link #ZONE_CORE}, with its {@code +3} adjustment; null if none. */
  static @Nullable ZoneOffset offset(String named) {
    Matcher parts = ZONE_PARTS.matcher(named);
    if (!parts.find()) {
      return null;
    }
    List<String> cells = ZONES.get(parts.group("name"));
    ZoneOffset base = ZoneOffset.of(cells.get(0));
    String adj = parts.group("adj").strip();
    if (adj.isEmpty()) {
      return base;
    }
    int seconds = base.getTotalSeconds() + adjustSeconds(adj);
    return Math.abs(seconds) <= 18 * 3600 ? ZoneOffset.ofTotalSeconds(seconds) : base;
  }

  private static int adjustSeconds(String adj) {
    int sign = adj.charAt(0) == '-' ? -1 : 1;
    String digits = adj.substring(1).replace(":", "").strip();
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      minutes = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    return sign * (hours * 3600 + minutes * 60);
  }

  /** {@code +0200} to {@code +02:00}, which {@link ZoneOffset#of} reads. */
  private static String withColon(String offset) {
    return offset.indexOf(':') >= 0 ? offset : offset.substring(0, 3) + ":" + offset.substring(3);
  }
}
