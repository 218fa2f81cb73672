package org.marsad.arabic.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Test lines and the ways they get broken. */
final class Fixtures {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Fixtures() {}

  static List<String> lines(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/encoding/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** UTF-8 bytes read as {@code charset}. */
  static String misread(String text, Charset charset) {
    return new String(text.getBytes(StandardCharsets.UTF_8), charset);
  }

  /** UTF-8 read as windows-1256, then the invisible soft hyphens stripped on the way. */
  static String misreadAndStripped(String text) {
    return misread(text, WINDOWS_1256).replace("\u00AD", "");
  }
}
