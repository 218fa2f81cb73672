package org.marsad.ingest.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
  private static final Charset CP1256 = Charset.forName("windows-1256");
  private static final String ARABIC = "صادق مجلس النواب على مشروع قانون المالية";
  private final HtmlDecoder decoder = new HtmlDecoder();

  private static byte[] page(String metaCharset, String text, Charset encoding) {
    String meta = metaCharset.isEmpty() ? "" : "<meta charset=\"" + metaCharset + "\">";
    return ("<html><head>" + meta + "</head><body><p>" + text + "</p></body></html>").getBytes(encoding);
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = HtmlDecoderTest.class.getResourceAsStream("/html/meta/" + name)) {
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

    HtmlDecoder.Decoded d = decoder.decode(bytes, "text/html; charset=iso-8859-1");

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

    assertThat(decoder.decode(bytes, null).text()).contains(ARABIC);
  }

  @Test
  void headerSaysUtf8ButBytesAreWindows1256() {
    HtmlDecoder.Decoded d = decoder.decode(page("", ARABIC, CP1256), "text/html; charset=UTF-8");

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.text()).contains(ARABIC);
    assertThat(d.reason()).contains("HTTP header says UTF-8 but bytes are not UTF-8");
  }

  @Test
  void metaCharsetAloneIsUsed() {
    HtmlDecoder.Decoded d = decoder.decode(page("windows-1256", ARABIC, CP1256), null);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.text()).contains(ARABIC);
    assertThat(d.reason()).isEqualTo("charset windows-1256 from meta");
  }

  @Test
  void httpEquivMetaIsRead() {
    assertThat(HtmlDecoder.metaCharset(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">".getBytes(UTF_8)))
        .isEqualTo("windows-1256");
  }

  @Test
  void headerWinsOverMeta() {
    HtmlDecoder.Decoded d = decoder.decode(page("utf-8", ARABIC, CP1256), "text/html;charset=windows-1256");

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.reason()).isEqualTo("charset windows-1256 from HTTP header");
  }

  @Test
  void lyingLatinMetaOverWindows1256BytesReadsArabic() throws IOException {
    HtmlDecoder.Decoded d = decoder.decode(fixture("maghreb-windows-1256.html"), null);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.reason()).isEqualTo("meta says iso-8859-1 but bytes read as Arabic in windows-1256");
    assertThat(d.text()).contains("البرلمان يصادق على مشروع قانون المالية");
  }

  @Test
  void windows1256LabelOverUtf8BytesReadsUtf8() {
    HtmlDecoder.Decoded d = decoder.decode(page("windows-1256", ARABIC, UTF_8), null);

    assertThat(d.charset()).isEqualTo(UTF_8);
    assertThat(d.text()).contains(ARABIC);
  }

  @Test
  void frenchLatin1PageStaysLatin() {
    String french = "Le Parlement a adopté le projet de loi de finances à la majorité, déclaré élevé";
    HtmlDecoder.Decoded d = decoder.decode(page("iso-8859-1", french, StandardCharsets.ISO_8859_1), null);

    assertThat(d.text()).contains(french);
  }

  @Test
  void undeclaredWindows1256IsDetected() {
    HtmlDecoder.Decoded d = decoder.decode(page("", ARABIC, CP1256), null);

    assertThat(d.charset()).isEqualTo(CP1256);
    assertThat(d.text()).contains(ARABIC);
  }

  @Test
  void unknownLabelFallsBackToDetection() {
    HtmlDecoder.Decoded d = decoder.decode(page("x-no-such-charset", ARABIC, UTF_8), "text/html; charset=\"bogus\"");

    assertThat(d.charset()).isEqualTo(UTF_8);
    assertThat(d.reason()).contains("unknown charset bogus");
  }

  @Test
  void binaryIsNotText() {
    assertThat(decoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "image/png")).isNull();
  }
}
