package org.marsad.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides a page's charset and decodes it. The declaration is read in the order browsers use
 * (byte order mark, HTTP header, {@code <meta>} in the first {@value #PRESCAN_BYTES} bytes), then
 * checked against the bytes, because Arabic sites often declare one charset and send another: bytes
 * that are valid UTF-8 with multi-byte sequences are UTF-8 whatever the label says (a
 * windows-1256 or Latin text is practically never valid UTF-8), and bytes that read as Arabic in
 * windows-1256 are windows-1256 when the label names a charset without Arabic letters or UTF-8
 * they are not. Thread-safe.
 */
public final class HtmlDecoder {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final int PRESCAN_BYTES = 4096;
  private static final int BINARY_SCAN_BYTES = 8192;
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:+-]{1,40})");
  private static final Pattern META_TAG = Pattern.compile("(?i)<meta\\b[^>]{0,500}>");
  /** Below this share of Arabic among its non-ASCII letters a windows-1256 reading is not Arabic. */
  private static final double MIN_ARABIC_SHARE = 0.6;

  /**
   * A decoded page.
   *
   * @param text the page as text, without a byte order mark
   * @param charset the charset used
   * @param reason why that charset, for the article's provenance
   */
  public record Decoded(String text, Charset charset, String reason) {}

  /** The page's text, or null when the bytes are not a text page (binary content). */
  public @Nullable Decoded decode(byte[] bytes, @Nullable String contentType) {
    Decoded bom = byBom(bytes);
    if (bom != null) {
      return bom;
    }
    if (looksBinary(bytes)) {
      return null;
    }
    String headerName = contentType == null ? null : charsetName(contentType);
    String metaName = metaCharset(bytes);
    String label = headerName != null ? headerName : metaName;
    String where = headerName != null ? "HTTP header" : "meta";
    Charset declared = label == null ? null : charset(label);
    boolean utf8 = isUtf8(bytes);
    boolean ascii = isAscii(bytes);
    if (declared == null) {
      String why = label == null ? "no charset declared" : "unknown charset " + label + " in " + where;
      if (utf8) {
        return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, why + "; bytes are UTF-8");
      }
      return fallback(bytes, why + "; bytes are not UTF-8");
    }
    if (ascii || declared.equals(StandardCharsets.UTF_8) && utf8) {
      return new Decoded(new String(bytes, declared), declared, "charset " + declared.name() + " from " + where);
    }
    if (utf8) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
          where + " says " + label + " but bytes are valid UTF-8");
    }
    if (!declared.equals(WINDOWS_1256) && !holdsArabic(declared) && readsAsArabic(bytes)) {
      return new Decoded(new String(bytes, WINDOWS_1256), WINDOWS_1256,
          where + " says " + label + " but bytes read as Arabic in windows-1256");
    }
    if (declared.equals(StandardCharsets.UTF_8)) {
      return fallback(bytes, where + " says UTF-8 but bytes are not UTF-8");
    }
    return new Decoded(new String(bytes, declared), declared, "charset " + declared.name() + " from " + where);
  }

  /** Windows-1256 when it reads as Arabic, else UTF-8 with replacement characters. */
  private static Decoded fallback(byte[] bytes, String why) {
    if (readsAsArabic(bytes)) {
      return new Decoded(new String(bytes, WINDOWS_1256), WINDOWS_1256, why + "; read as windows-1256");
    }
    return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
        why + "; read as UTF-8 with replacements");
  }

  private static @Nullable Decoded byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
          "UTF-8 byte order mark");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE,
          "UTF-16BE byte order mark");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE,
          "UTF-16LE byte order mark");
    }
    return null;
  }

  static @Nullable String charsetName(String contentType) {
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** The charset of {@code <meta charset>} or {@code <meta http-equiv content="...charset=">}. */
  static @Nullable String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher tag = META_TAG.matcher(head);
    while (tag.find()) {
      Matcher m = HEADER_CHARSET.matcher(tag.group());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * The charset a label names, or null. A UTF-16 label without a byte order mark is a lie (the
   * label itself was readable as ASCII), and ISO-8859-1 and ASCII mean windows-1252 as in browsers.
   */
  static @Nullable Charset charset(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (l.startsWith("utf-16") || l.startsWith("utf-32")) {
      return null;
    }
    if (l.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")) {
      l = "windows-1252";
    }
    if (l.equals("cp1256") || l.equals("arabic") || l.equals("x-cp1256")) {
      l = "windows-1256";
    }
    try {
      return Charset.isSupported(l) ? Charset.forName(l) : null;
    } catch (IllegalArgumentException e) { // IllegalCharsetNameException and friends
      return null;
    }
  }

  /** Whether the charset has Arabic letters at all: windows-1256, ISO-8859-6, the Unicode forms. */
  private static boolean holdsArabic(Charset c) {
    return c.equals(WINDOWS_1256) || c.name().equalsIgnoreCase("ISO-8859-6") || c.name().startsWith("UTF")
        || c.name().startsWith("x-IBM864") || c.name().equalsIgnoreCase("IBM864");
  }

  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the high bytes, read as windows-1256, are mostly Arabic letters. Windows-1256 keeps the
   * French accented letters of Latin-1 where they were, so a French page does not pass.
   */
  static boolean readsAsArabic(byte[] bytes) {
    String text = new String(bytes, WINDOWS_1256);
    int arabic = 0;
    int other = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c >= '\u0621' && c <= '\u064A') {
        arabic++;
      } else if (Character.isLetter(c)) {
        other++;
      }
    }
    return arabic >= 2 && arabic >= MIN_ARABIC_SHARE * (arabic + other);
  }

  /** NUL bytes or many control characters: an image, an archive, anything but a text page. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_SCAN_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }
}
