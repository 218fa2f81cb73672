package org.marsad.ingest.feeds;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Diagnostics;

/**
 * Decodes feed and sitemap bytes, trusting the bytes over the declarations. Arabic sites declare
 * {@code iso-8859-1} or {@code utf-8} and serve windows-1256, or declare windows-1256 and serve
 * UTF-8; Rome's {@code XmlReader} follows the declarations (RFC 3023) and cannot tell, so the
 * choice is made here: valid UTF-8 is UTF-8 whatever the label; otherwise bytes whose high half
 * reads as Arabic under windows-1256 are windows-1256; otherwise the declared charset. Thread-safe.
 */
final class FeedCharsets {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
  private static final Pattern CHARSET_PARAM =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");
  /** Share of high bytes that must read as Arabic letters for windows-1256 to beat a label. */
  private static final double MIN_ARABIC_SHARE = 0.7;
  /** Which bytes 0x80..0xFF windows-1256 maps to Arabic (or the no-break space Arabic text uses). */
  private static final boolean[] ARABIC_HIGH = arabicHighBytes();

  private FeedCharsets() {}

  /** The text of {@code bytes}, without a byte order mark. */
  static String decode(byte[] bytes, @Nullable String contentType, String where, Diagnostics diagnostics) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF) || (bytes.length > 1 && bytes[0] == 0 && bytes[1] == '<')) {
      return strip(new String(bytes, StandardCharsets.UTF_16BE));
    }
    if (startsWith(bytes, 0xFF, 0xFE) || (bytes.length > 1 && bytes[0] == '<' && bytes[1] == 0)) {
      return strip(new String(bytes, StandardCharsets.UTF_16LE));
    }
    @Nullable Charset declared = declared(bytes, contentType);
    Utf8Check utf8 = Utf8Check.of(bytes);
    if (utf8.isUtf8()) {
      if (declared != null && !declared.equals(StandardCharsets.UTF_8) && utf8.multiByte() > 0
          && !declared.equals(StandardCharsets.US_ASCII)) {
        diagnostics.warn(where, "declared " + declared.name() + " but the bytes are UTF-8; read as UTF-8");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (WINDOWS_1256.equals(declared)) {
      return new String(bytes, WINDOWS_1256);
    }
    if (arabicShare(bytes) >= MIN_ARABIC_SHARE) {
      diagnostics.warn(where, "declared " + (declared == null ? "no charset" : declared.name())
          + " but the bytes are windows-1256 Arabic; read as windows-1256");
      return new String(bytes, WINDOWS_1256);
    }
    if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
      diagnostics.warn(where, "invalid UTF-8 (" + utf8.invalid() + " bad sequences); read as windows-1252");
      return new String(bytes, WINDOWS_1252);
    }
    // ISO-8859-1 labels mean windows-1252 in practice (the WHATWG encoding standard says so too)
    return new String(bytes, declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared);
  }

  private static String strip(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /** The charset the HTTP header names, else the one the XML declaration names, else null. */
  static @Nullable Charset declared(byte[] bytes, @Nullable String contentType) {
    if (contentType != null) {
      Matcher m = CHARSET_PARAM.matcher(contentType);
      if (m.find()) {
        Charset c = forName(m.group(1));
        if (c != null) {
          return c;
        }
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? forName(m.group(1)) : null;
  }

  private static @Nullable Charset forName(String name) {
    try {
      return Charset.forName(name.toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Of the bytes above 0x7F, the share that windows-1256 reads as Arabic letters or marks. */
  private static double arabicShare(byte[] bytes) {
    int high = 0;
    int arabic = 0;
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v >= 0x80) {
        high++;
        arabic += ARABIC_HIGH[v - 0x80] ? 1 : 0;
      }
    }
    return high == 0 ? 0 : (double) arabic / high;
  }

  private static boolean[] arabicHighBytes() {
    byte[] high = new byte[0x80];
    for (int i = 0; i < high.length; i++) {
      high[i] = (byte) (0x80 + i);
    }
    String decoded = new String(high, WINDOWS_1256);
    boolean[] arabic = new boolean[0x80];
    for (int i = 0; i < arabic.length; i++) {
      char c = decoded.charAt(i);
      arabic[i] = (c >= '\u0600' && c <= '\u06FF') || c == '\u00A0';
    }
    return arabic;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts well-formed multi-byte UTF-8 sequences and malformed ones. A few bad sequences among
   * many good ones (a cut at the end, one pasted Latin-1 character) still mean UTF-8; windows-1256
   * Arabic is malformed almost everywhere.
   */
  record Utf8Check(int multiByte, int invalid) {
    boolean isUtf8() {
      return invalid == 0 || multiByte >= 8 * invalid;
    }

    static Utf8Check of(byte[] b) {
      int good = 0;
      int bad = 0;
      int i = 0;
      while (i < b.length) {
        int v = b[i] & 0xFF;
        int extra = v < 0x80 ? 0 : v >= 0xC2 && v <= 0xDF ? 1 : v >= 0xE0 && v <= 0xEF ? 2 : v >= 0xF0 && v <= 0xF4 ? 3 : -1;
        if (extra == 0) {
          i++;
          continue;
        }
        if (extra < 0 || !continues(b, i + 1, extra)) {
          // a sequence cut by the end of the input is a cut, not a wrong charset
          bad += i + extra >= b.length && extra > 0 && continues(b, i + 1, b.length - i - 1) ? 0 : 1;
          i++;
          continue;
        }
        good++;
        i += extra + 1;
      }
      return new Utf8Check(good, bad);
    }

    private static boolean continues(byte[] b, int from, int count) {
      if (from + count > b.length) {
        return false;
      }
      for (int k = from; k < from + count; k++) {
        if ((b[k] & 0xC0) != 0x80) {
          return false;
        }
      }
      return true;
    }
  }
}
