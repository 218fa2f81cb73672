package org.marsad.ingest.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides the charset of a document's bytes and decodes them. The declaration is read in the order
 * browsers use (byte order mark, the caller's {@code Content-Type}, the document's own declaration),
 * then checked against the bytes, because Arabic sites often declare one charset and send another:
 * bytes that are UTF-8 are UTF-8 whatever the label says (windows-1256 or Latin text is practically
 * never valid UTF-8), and bytes that read as Arabic in windows-1256 are windows-1256 when the label
 * names a charset without Arabic letters. Bytes that are neither, with no usable label, are read as
 * windows-1252. Stateless and thread-safe.
 *
 * <p>Merged from four copies (HTML pages, feeds, aggregator pages, eval files) that disagreed in
 * three places; the choices, and why:
 *
 * <ul>
 *   <li>UTF-8 is recognised with a tolerance (a few bad sequences among many good ones, or a
 *       sequence cut by the end), as the feed copy did: a page cut mid-character or with one pasted
 *       Latin-1 byte is still UTF-8, and the strict check read such pages as windows-1252 mojibake.
 *       Every strictly valid input gets the same answer as before.
 *   <li>The last resort is windows-1252, as the feed and eval copies did (the HTML copy used UTF-8
 *       with replacement characters): it maps every byte, so nothing is lost and a later mojibake
 *       repair can still undo a wrong guess.
 *   <li>Arabic is recognised as the HTML copy did, by the share of Arabic among the letters the
 *       high bytes make (punctuation and digits do not vote), so a French page stays French; a
 *       high byte beside an ASCII letter votes Latin (German umlauts are Arabic letters in
 *       windows-1256, but they sit inside Latin words).
 * </ul>
 */
public final class CharsetDecider {
  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Which in-document declaration the bytes may carry. */
  public enum Markup {
    /** {@code <meta charset>} or {@code <meta http-equiv content="...; charset=">}. */
    HTML,
    /** {@code <?xml ... encoding="...">}, and UTF-16 recognised by its first {@code <} (XML 1.0 appendix F). */
    XML,
    /** Plain text: no declaration inside. */
    TEXT
  }

  /**
   * Decoded bytes.
   *
   * @param text the text, without a byte order mark
   * @param charset the charset used
   * @param reason why that charset, for provenance and diagnostics
   * @param overruled whether the bytes contradicted the declared charset (or there was none and the
   *     bytes were not UTF-8), which callers report
   */
  public record Decoded(String text, Charset charset, String reason, boolean overruled) {}

  /** The HTML prescan window, as in the WHATWG encoding sniffing algorithm. */
  private static final int PRESCAN_BYTES = 4096;
  private static final int XML_PROLOG_BYTES = 1024;
  private static final int BINARY_SCAN_BYTES = 8192;
  private static final Pattern CHARSET_PARAM =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:+-]{1,40})");
  private static final Pattern META_TAG = Pattern.compile("(?i)<meta\\b[^>]{0,500}>");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
  /** Below this share of Arabic among its non-ASCII letters a windows-1256 reading is not Arabic. */
  private static final double MIN_ARABIC_SHARE = 0.6;

  /**
   * The text of {@code bytes}.
   *
   * @param contentType the HTTP Content-Type header or a charset the caller knows ({@code
   *     "charset=windows-1256"}), or null
   */
  public Decoded decode(byte[] bytes, @Nullable String contentType, Markup markup) {
    Decoded bom = byBom(bytes, markup);
    if (bom != null) {
      return bom;
    }
    Label label = label(bytes, contentType, markup);
    Utf8Check utf8 = Utf8Check.of(bytes);
    Charset declared = label.charset();
    if (declared == null) {
      if (utf8.isUtf8()) {
        return decoded(bytes, StandardCharsets.UTF_8, label.why() + "; bytes are UTF-8", false);
      }
      return fallback(bytes, label.why() + "; bytes are not UTF-8");
    }
    String where = label.where();
    if (utf8.multiByte() == 0 && utf8.invalid() == 0
        || declared.equals(StandardCharsets.UTF_8) && utf8.isUtf8()) {
      return decoded(bytes, declared, "charset " + declared.name() + " from " + where, false);
    }
    if (utf8.isUtf8()) {
      return decoded(bytes, StandardCharsets.UTF_8,
          where + " says " + label.name() + " but bytes are valid UTF-8", true);
    }
    if (!holdsArabic(declared) && readsAsArabic(bytes)) {
      return decoded(bytes, WINDOWS_1256,
          where + " says " + label.name() + " but bytes read as Arabic in windows-1256", true);
    }
    if (declared.equals(StandardCharsets.UTF_8)) {
      return fallback(bytes, where + " says UTF-8 but bytes are not UTF-8");
    }
    return decoded(bytes, declared, "charset " + declared.name() + " from " + where, false);
  }

  /**
   * Whether the bytes are not text at all (an image, an archive): NUL bytes or many control
   * characters. Bytes that open with a byte order mark are text.
   */
  public static boolean looksBinary(byte[] bytes) {
    if (bomLength(bytes) > 0) {
      return false;
    }
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

  /**
   * The charset a label names, or null. A UTF-16 or UTF-32 label on bytes without a byte order mark
   * is a lie (the label itself was readable as ASCII), and ISO-8859-1 and ASCII mean windows-1252,
   * as in browsers (WHATWG encoding standard).
   */
  public static @Nullable Charset forLabel(String label) {
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

  /** The charset name a Content-Type header gives, or null. */
  public static @Nullable String headerLabel(String contentType) {
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** The charset name of the first {@code <meta>} in the prescan window that names one, or null. */
  public static @Nullable String metaLabel(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher tag = META_TAG.matcher(head);
    while (tag.find()) {
      Matcher m = CHARSET_PARAM.matcher(tag.group());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** The encoding an XML prolog names, or null. */
  public static @Nullable String xmlLabel(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, XML_PROLOG_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The declared label: the header's when it names a known charset, else the document's. A header
   * label Java does not know is skipped, as browsers skip it, but kept in the reason.
   */
  private static Label label(byte[] bytes, @Nullable String contentType, Markup markup) {
    String header = contentType == null ? null : headerLabel(contentType);
    String why = "";
    if (header != null) {
      Charset c = forLabel(header);
      if (c != null) {
        return new Label(header, c, "HTTP header", "");
      }
      why = "unknown charset " + header + " in HTTP header; ";
    }
    String where = markup == Markup.XML ? "XML declaration" : "meta";
    String inside = markup == Markup.HTML ? metaLabel(bytes) : markup == Markup.XML ? xmlLabel(bytes) : null;
    if (inside == null) {
      return new Label(null, null, where, header == null ? "no charset declared" : why + "none in the document");
    }
    Charset c = forLabel(inside);
    return new Label(inside, c, where, c == null ? why + "unknown charset " + inside + " in " + where : "");
  }

  /** A declared label, the charset it names (null when none or unknown), where it was and why not. */
  private record Label(@Nullable String name, @Nullable Charset charset, String where, String why) {}

  /** Windows-1256 when the bytes read as Arabic, else windows-1252, which maps every byte. */
  private static Decoded fallback(byte[] bytes, String why) {
    if (readsAsArabic(bytes)) {
      return decoded(bytes, WINDOWS_1256, why + "; read as windows-1256", true);
    }
    return decoded(bytes, WINDOWS_1252, why + "; read as windows-1252", true);
  }

  private static Decoded decoded(byte[] bytes, Charset charset, String reason, boolean overruled) {
    return new Decoded(new String(bytes, charset), charset, reason, overruled);
  }

  private static @Nullable Decoded byBom(byte[] b, Markup markup) {
    int bom = bomLength(b);
    if (bom == 3) {
      return bomDecoded(b, 3, StandardCharsets.UTF_8, "UTF-8 byte order mark");
    }
    if (bom == 2) {
      boolean be = (b[0] & 0xFF) == 0xFE;
      return bomDecoded(b, 2, be ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE,
          (be ? "UTF-16BE" : "UTF-16LE") + " byte order mark");
    }
    if (markup == Markup.XML && b.length > 1 && b[0] == 0 && b[1] == '<') {
      return bomDecoded(b, 0, StandardCharsets.UTF_16BE, "UTF-16BE by the XML declaration's first bytes");
    }
    if (markup == Markup.XML && b.length > 1 && b[0] == '<' && b[1] == 0) {
      return bomDecoded(b, 0, StandardCharsets.UTF_16LE, "UTF-16LE by the XML declaration's first bytes");
    }
    return null;
  }

  private static Decoded bomDecoded(byte[] b, int skip, Charset charset, String reason) {
    String text = new String(b, skip, b.length - skip, charset);
    // a BOM after a sniffed UTF-16 start is still a BOM
    text = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    return new Decoded(text, charset, reason, false);
  }

  private static int bomLength(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return 3;
    }
    boolean be = b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF;
    boolean le = b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE;
    return be || le ? 2 : 0;
  }

  /** Whether the charset has Arabic letters at all: windows-1256, ISO-8859-6, IBM864, the Unicode forms. */
  private static boolean holdsArabic(Charset c) {
    String name = c.name();
    return c.equals(WINDOWS_1256) || name.equalsIgnoreCase("ISO-8859-6") || name.startsWith("UTF")
        || name.startsWith("x-IBM864") || name.equalsIgnoreCase("IBM864");
  }

  /**
   * Whether the high bytes, read as windows-1256, are mostly Arabic letters. Windows-1256 keeps the
   * French accented letters of Latin-1 where they were, so a French page does not pass.
   */
  private static boolean isAsciiLetter(char c) {
    return c < 0x80 && Character.isLetter(c);
  }

  static boolean readsAsArabic(byte[] bytes) {
    String text = new String(bytes, WINDOWS_1256);
    int arabic = 0;
    int other = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 || !Character.isLetter(c)) {
        continue;
      }
      // A high byte beside an ASCII letter is an accented letter of a Latin word (Mäscot, Groß),
      // whatever windows-1256 makes of it: Arabic words are runs of high bytes.
      boolean inLatinWord = i > 0 && isAsciiLetter(text.charAt(i - 1)) || i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1));
      if (c >= '\u0600' && c <= '\u06FF' && !inLatinWord) {
        arabic++;
      } else {
        other++;
      }
    }
    return arabic >= 2 && arabic >= MIN_ARABIC_SHARE * (arabic + other);
  }
}
