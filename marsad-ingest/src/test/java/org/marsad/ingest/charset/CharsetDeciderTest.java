package org.marsad.ingest.charset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.charset.CharsetDecider.Markup;

/** The charset decisions every reader shares; pages and feeds are invented. */
public class CharsetDeciderTest {
  private static final Charset CP1256 = Charset.forName("windows-1256");
  private static final String ARABIC = "صادق مجلس النواب على مشروع قانون المالية";
  private final CharsetDecider decider = new CharsetDecider();

  private static byte[] page(String metaCharset, String text, Charset encoding) {
    String meta = metaCharset.isEmpty() ? "" : "<meta charset=\"" + metaCharset + "\">";
    return ("<html><head>" + meta + "</head><body><p>" + text + "</p></body></html>").getBytes(encoding);
  }

  public static byte[] fixture(String name) throws IOException {
    try (InputStream in = CharsetDeciderTest.class.getResourceAsStream("/html/meta/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void utf8ByteOrderMarkWinsOverEveryLabel() {
    byte[] body = page("windows-1256", ARABIC, UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    CharsetDecider.Decoded d = decider.decode(bytes, "text/html; charset=iso-8859-1", Markup.HTML);

    assertThat(d.charset()).isEqualTo(UTF_8);
    assertThat(d.text()).startsWith("<html>").contains(ARABIC);
    assertThat(d.reason()).contains("byte order mark");
  }

  @Test
  void utf16ByteOrderMarkIsRead() {
    byte[] body = page("", ARABIC, StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);

    assertThat(decider.decode(bytes, null, Markup.HTML).text()).contains(ARABIC);
  }

  @Test
  void headerSaysUtf8ButBytesAreWindows1256() {
    CharsetDecider.Decoded d = decider.decode(page("", ARABIC, CP1256), "text/html; charset=UTF-8", Markup.HTML);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.text()).contains(ARABIC);
    assertThat(d.reason()).contains("HTTP header says UTF-8 but bytes are not UTF-8");
  }

  @Test
  void metaCharsetAloneIsUsed() {
    CharsetDecider.Decoded d = decider.decode(page("windows-1256", ARABIC, CP1256), null, Markup.HTML);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.text()).contains(ARABIC);
    assertThat(d.reason()).isEqualTo("charset windows-1256 from meta");
  }

  @Test
  void httpEquivMetaIsRead() {
    assertThat(CharsetDecider.metaLabel(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">".getBytes(UTF_8)))
        .isEqualTo("windows-1256");
  }

  @Test
  void headerWinsOverMeta() {
    CharsetDecider.Decoded d = decider.decode(page("utf-8", ARABIC, CP1256), "text/html;charset=windows-1256", Markup.HTML);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.reason()).isEqualTo("charset windows-1256 from HTTP header");
  }

  @Test
  void lyingLatinMetaOverWindows1256BytesReadsArabic() throws IOException {
    CharsetDecider.Decoded d = decider.decode(fixture("maghreb-windows-1256.html"), null, Markup.HTML);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.reason()).isEqualTo("meta says iso-8859-1 but bytes read as Arabic in windows-1256");
    assertThat(d.text()).contains("البرلمان يصادق على مشروع قانون المالية");
  }

  @Test
  void windows1256LabelOverUtf8BytesReadsUtf8() {
    CharsetDecider.Decoded d = decider.decode(page("windows-1256", ARABIC, UTF_8), null, Markup.HTML);

    assertThat(d.charset()).isEqualTo(UTF_8);
    assertThat(d.text()).contains(ARABIC);
  }

  @Test
  void frenchLatin1PageStaysLatin() {
    String french = "Le Parlement a adopté le projet de loi de finances à la majorité, déclaré élevé";
    CharsetDecider.Decoded d = decider.decode(page("iso-8859-1", french, StandardCharsets.ISO_8859_1), null, Markup.HTML);

    assertThat(d.text()).contains(french);
  }

  @Test
  void undeclaredWindows1256IsDetected() {
    CharsetDecider.Decoded d = decider.decode(page("", ARABIC, CP1256), null, Markup.HTML);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.text()).contains(ARABIC);
  }

  @Test
  void unknownLabelFallsBackToDetection() {
    CharsetDecider.Decoded d = decider.decode(page("x-no-such-charset", ARABIC, UTF_8), "text/html; charset=\"bogus\"", Markup.HTML);

    assertThat(d.charset()).isEqualTo(UTF_8);
    assertThat(d.reason()).contains("unknown charset bogus");
  }

  @Test
  void binaryIsNotText() {
    assertThat(CharsetDecider.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).isTrue();
    assertThat(CharsetDecider.looksBinary(page("", ARABIC, UTF_8))).isFalse();
  }

  @Test
  void feedDeclaredIso88591OverWindows1256ReadsArabic() {
    byte[] xml = ("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><title>" + ARABIC + "</title></rss>")
        .getBytes(CP1256);

    CharsetDecider.Decoded d = decider.decode(xml, null, Markup.XML);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.text()).contains(ARABIC);
    assertThat(d.reason()).isEqualTo("XML declaration says iso-8859-1 but bytes read as Arabic in windows-1256");
    assertThat(d.overruled()).isTrue();
  }

  @Test
  void xmlDeclarationIsReadOnlyForXml() {
    byte[] xml = ("<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss>" + ARABIC + "</rss>").getBytes(CP1256);

    assertThat(decider.decode(xml, null, Markup.XML).reason()).isEqualTo("charset windows-1256 from XML declaration");
    assertThat(decider.decode(xml, null, Markup.HTML).reason()).startsWith("no charset declared");
  }

  @Test
  void utf16XmlWithoutByteOrderMarkIsSniffed() {
    byte[] xml = ("<?xml version=\"1.0\"?><rss>" + ARABIC + "</rss>").getBytes(StandardCharsets.UTF_16LE);

    CharsetDecider.Decoded d = decider.decode(xml, null, Markup.XML);

    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(d.text()).startsWith("<?xml").contains(ARABIC);
  }

  @Test
  void utf8CutInTheMiddleOfALetterIsStillUtf8() {
    byte[] whole = page("", ARABIC, UTF_8);
    byte[] cut = Arrays.copyOf(whole, whole.length - "</p></body></html>".length() - 1);

    CharsetDecider.Decoded d = decider.decode(cut, null, Markup.HTML);

    assertThat(d.charset()).isEqualTo(UTF_8);
    assertThat(d.text()).contains(ARABIC.substring(0, ARABIC.length() - 1));
  }

  @Test
  void oneStrayLatinByteInALongUtf8PageIsStillUtf8() {
    byte[] utf8 = page("", ARABIC + " caf", UTF_8);
    byte[] stray = Arrays.copyOf(utf8, utf8.length + 1);
    stray[stray.length - 1] = (byte) 0xE9; // é in Latin-1, pasted after the closing tag

    assertThat(decider.decode(stray, "text/html; charset=utf-8", Markup.HTML).charset()).isEqualTo(UTF_8);
  }

  @Test
  void undeclaredLatinBytesAreWindows1252() {
    String french = "Le Parlement a adopté le projet de loi de finances à la majorité";
    CharsetDecider.Decoded d = decider.decode(french.getBytes(StandardCharsets.ISO_8859_1), null, Markup.TEXT);

    assertThat(d.charset()).isEqualTo(CharsetDecider.WINDOWS_1252);
    assertThat(d.text()).isEqualTo(french);
    assertThat(d.overruled()).isTrue();
  }

  @Test
  void plainTextInWindows1256IsArabic() {
    CharsetDecider.Decoded d = decider.decode(ARABIC.getBytes(CP1256), null, Markup.TEXT);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.text()).isEqualTo(ARABIC);
  }

  @Test
  void undeclaredGermanInLatin1StaysLatinThoughItsUmlautsAreArabicLettersInWindows1256() {
    // ä ö ü ß are ن ِ ü ك in windows-1256; they sit inside Latin words, Arabic letters do not
    String german = "<p>Mäscot Schaf, Standardausführung, weiß. Groß-Gerau: Gehöre zum Inventar, präsentiert.</p>";
    CharsetDecider.Decoded d = decider.decode(german.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), null, Markup.HTML);

    assertThat(d.charset()).isEqualTo(CharsetDecider.WINDOWS_1252);
    assertThat(d.text()).isEqualTo(german);
  }

  @Test
  void asciiBytesKeepTheirLabel() {
    CharsetDecider.Decoded d = decider.decode(page("windows-1256", "news", UTF_8), null, Markup.HTML);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.overruled()).isFalse();
  }

  @Test
  void labelsMeanWhatBrowsersTakeThemToMean() {
    assertThat(CharsetDecider.forLabel("ISO-8859-1")).isEqualTo(CharsetDecider.WINDOWS_1252);
    assertThat(CharsetDecider.forLabel("cp1256")).isEqualTo(CP1256);
    assertThat(CharsetDecider.forLabel("utf-16")).isNull();
    assertThat(CharsetDecider.forLabel("no such charset")).isNull();
  }
}
