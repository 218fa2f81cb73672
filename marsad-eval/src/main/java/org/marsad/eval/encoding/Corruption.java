package org.marsad.eval.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The ways UTF-8 Arabic gets broken on its way to a scraper, each a pure function of the text, so
 * a sample broken twice is broken the same way. Lost-byte kinds strip the chars that a transit
 * step drops as invisible: soft hyphen (0xAD), ZWNJ and ZWJ (0x9D, 0x9E), LRM and RLM (0xFD,
 * 0xFE) and the no-break space (0xA0), as windows-1256 decodes those bytes.
 */
public enum Corruption {
  /** UTF-8 read as windows-1256. */
  CP1256("cp1256", false, t -> misread(t, Charsets.WINDOWS_1256)),
  /** Read as windows-1256, then the soft hyphens dropped: every ح arrives as a lone ط. */
  CP1256_LOST_AD("cp1256-lost-ad", true, t -> strip(misread(t, Charsets.WINDOWS_1256), "\u00AD")),
  /** Read as windows-1256, then the other invisibles dropped (ZWNJ, ZWJ, LRM, RLM, NBSP). */
  CP1256_LOST_OTHER("cp1256-lost-other", true, t -> strip(misread(t, Charsets.WINDOWS_1256), Charsets.OTHER_INVISIBLES)),
  /** Read as windows-1256, then every invisible dropped, soft hyphen included. */
  CP1256_LOST_ALL(
      "cp1256-lost-all", true, t -> strip(misread(t, Charsets.WINDOWS_1256), "\u00AD" + Charsets.OTHER_INVISIBLES)),
  /** UTF-8 read as windows-1252; its five unassigned bytes become U+FFFD. */
  CP1252("cp1252", false, t -> misread(t, Charsets.WINDOWS_1252)),
  /** UTF-8 read as ISO-8859-1: lossless, 0x80-0x9F become C1 controls. */
  ISO_8859_1("iso-8859-1", false, t -> misread(t, StandardCharsets.ISO_8859_1)),
  /** Read as windows-1256, saved as UTF-8, read again as windows-1252. */
  DOUBLE_1256_1252("double-1256-1252", false, t -> misread(misread(t, Charsets.WINDOWS_1256), Charsets.WINDOWS_1252)),
  /** Read as windows-1252 twice over. */
  DOUBLE_1252_1252("double-1252-1252", false, t -> misread(misread(t, Charsets.WINDOWS_1252), Charsets.WINDOWS_1252));

  private final String id;
  private final boolean losesBytes;
  private final UnaryOperator<String> breaker;

  Corruption(String id, boolean losesBytes, UnaryOperator<String> breaker) {
    this.id = id;
    this.losesBytes = losesBytes;
    this.breaker = breaker;
  }

  /** The name in reports and floors ({@code kinds.<id>.accuracy}). */
  public String id() {
    return id;
  }

  /** Whether bytes are dropped without a trace, so only context can restore them. */
  public boolean losesBytes() {
    return losesBytes;
  }

  public String apply(String text) {
    return breaker.apply(text);
  }

  static String misread(String text, Charset charset) {
    return new String(text.getBytes(StandardCharsets.UTF_8), charset);
  }

  private static String strip(String text, String chars) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(c -> chars.indexOf(c) < 0).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Charsets held apart: enum constants cannot refer to the enum's own static fields. */
  private static final class Charsets {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** ZWNJ, ZWJ, LRM, RLM, NBSP: windows-1256 bytes 0x9D, 0x9E, 0xFD, 0xFE, 0xA0. */
    static final String OTHER_INVISIBLES = "\u200C\u200D\u200E\u200F\u00A0";
  }
}
