package org.marsad.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.encoding.MojibakeRepair;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.ingest.charset.CharsetDecider;
import org.marsad.model.Diagnostics;

/**
 * Turns a page's bytes into clean lines: decodes them ({@link CharsetDecider}: UTF-8, or
 * windows-1256 when the bytes are not UTF-8 and read as Arabic), repairs lines that went through a wrong decoding, applies the display normalization
 * (NFC, no bidi controls, no presentation forms) and splits credit labels glued to the text before
 * them ("رويترزالمصدر:"). Thread-safe.
 */
final class PageDecoder {
  /**
   * A source label glued to the end of the previous word by a scraper that dropped the line break
   * ("رويترزالمصدر:", "أ ف بالمصدر:"). A real word ending in المصدر followed by a colon is rare
   * enough in running text that splitting there is the better bet.
   */
  private static final Pattern GLUED_LABEL = Pattern.compile("(?<=[\\p{L}\\p{N}])(?=(?:المصدر|المصادر)\\s*:)");

  /**
   * A source label that closes a paragraph line ("… انتهى. المصدر: وكالة الأنباء"): a credit, so it
   * gets a line of its own. At most six words may follow it, or it is a sentence about a source.
   */
  private static final Pattern TRAILING_LABEL =
      Pattern.compile("\\s+(?=\\(?(?:المصدر|مصدر الخبر)\\s*:\\s*[^\\s:]+(?:\\s+[^\\s:]+){0,5}\\s*\\)?\\s*$)");

  private final MojibakeRepair repair = new MojibakeRepair();
  private final CharsetDecider charsets = new CharsetDecider();

  /**
   * The page's text, or null (with an error in {@code diagnostics}) when it is not text. A scraped
   * page declares nothing, so the bytes decide: UTF-8, else windows-1256 when they read as Arabic.
   */
  @Nullable String decode(byte[] bytes, String location, Diagnostics diagnostics) {
    if (CharsetDecider.looksBinary(bytes)) {
      diagnostics.error(location, "binary content, not a text page");
      return null;
    }
    CharsetDecider.Decoded decoded = charsets.decode(bytes, null, CharsetDecider.Markup.TEXT);
    if (decoded.overruled()) {
      String name = decoded.charset().name();
      diagnostics.warn(location, "not valid UTF-8; read as " + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }
    return decoded.text();
  }

  /** Clean lines of {@code text}, numbered from 1; counts the repaired ones in {@code diagnostics}. */
  List<PageLine> lines(String text, String location, Diagnostics diagnostics) {
    List<PageLine> lines = new ArrayList<>();
    String[] raw = text.split("\\R", -1);
    int repaired = 0;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      if (repair.looksBroken(line)) {
        String fixed = repair.repair(line);
        if (!fixed.equals(line)) {
          repaired++;
          line = fixed;
        }
      }
      line = ArabicNormalizer.display(line).text();
      for (String part : unglue(line)) {
        lines.add(PageLine.of(i + 1, part));
      }
    }
    if (repaired > 0) {
      diagnostics.warn(location, "repaired the encoding of " + repaired + " line(s)");
    }
    return lines;
  }

  /** The line split before each glued source label, unless only a conjunction would stand before it. */
  private static List<String> unglue(String line) {
    List<String> parts = new ArrayList<>();
    Matcher m = GLUED_LABEL.matcher(line);
    int from = 0;
    while (m.find()) {
      String before = line.substring(from, m.start()).strip();
      if (before.length() >= 2) {
        parts.add(before);
        from = m.start();
      }
    }
    String last = line.substring(from);
    Matcher t = TRAILING_LABEL.matcher(last);
    if (t.find() && t.start() > 0) {
      parts.add(last.substring(0, t.start()));
      last = last.substring(t.end());
    }
    parts.add(last);
    return parts;
  }

}
