package org.marsad.eval.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads saved HTML pages of the eval sets: gzip when the bytes say so, then the charset from a BOM,
 * else UTF-8 when the bytes are valid UTF-8 (declarations in saved pages are often stale), else the
 * {@code <meta>} declaration in the first 4 KB, else windows-1252, which decodes every byte.
 */
public final class HtmlFiles {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
  private static final int SNIFF = 4096;

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

  static String decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(b, declared(b));
    }
  }

  /** The charset named in a {@code <meta>} near the top, or windows-1252. */
  static Charset declared(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      // A page that is not valid UTF-8 but says so is almost always windows-1252.
      try {
        if (!name.startsWith("utf") && Charset.isSupported(name)) {
          Charset cs = Charset.forName(name);
          // ISO-8859-1 declarations mean windows-1252 in browsers (WHATWG encoding standard).
          return cs.equals(StandardCharsets.ISO_8859_1) ? Charset.forName("windows-1252") : cs;
        }
      } catch (IllegalArgumentException badName) {
        // An illegal charset name counts as no declaration.
      }
    }
    return Charset.forName("windows-1252");
  }
}
