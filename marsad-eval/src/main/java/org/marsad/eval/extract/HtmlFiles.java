package org.marsad.eval.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.marsad.ingest.charset.CharsetDecider;

/**
 * Reads saved HTML pages of the eval sets: gzip when the bytes say so, then the charset the
 * ingest readers would choose ({@link CharsetDecider}), so the eval scores pages decoded as
 * production decodes them.
 */
public final class HtmlFiles {
  private static final CharsetDecider CHARSETS = new CharsetDecider();

  private HtmlFiles() {}

  public static String read(Path file) throws IOException {
    return decode(gunzipIfNeeded(Files.readAllBytes(file), file));
  }

  static byte[] gunzipIfNeeded(byte[] bytes, Path file) throws IOException {
    if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
      return bytes;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IOException(file + ": bad gzip data", e);
    }
  }

  /** The text of a saved page; a saved page has no HTTP header, so its {@code <meta>} is the label. */
  static String decode(byte[] b) {
    return CHARSETS.decode(b, null, CharsetDecider.Markup.HTML).text();
  }
}
