package org.marsad.ingest.feeds;

import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.marsad.model.Diagnostics;

/**
 * Makes feed XML well-formed enough for a strict parser, without changing what it says: drops
 * anything before the first {@code <}, removes the DOCTYPE (so no entity is ever declared, let
 * alone resolved from a file or URL), turns HTML named entities ({@code &nbsp;}, {@code &hellip;})
 * into character references, escapes stray ampersands and unknown entities as text, and drops
 * characters XML forbids. CDATA sections, comments and processing instructions are copied as they
 * are. One pass, linear. Thread-safe.
 */
final class XmlCleaner {
  private static final int MAX_ENTITY_NAME = 32;

  private XmlCleaner() {}

  static String clean(String text, String where, Diagnostics diagnostics) {
    int start = text.indexOf('<');
    if (start < 0) {
      return "";
    }
    if (!text.substring(0, start).isBlank()) {
      diagnostics.warn(where, "text before the XML start was dropped");
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int unknownEntities = 0;
    int i = start;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '<') {
        int end = verbatimEnd(text, i);
        if (end > i) {
          out.append(text, i, end);
          i = end;
          continue;
        }
        if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
          i = doctypeEnd(text, i);
          diagnostics.warn(where, "DOCTYPE removed; its entities are not resolved");
          continue;
        }
        out.append(c);
        i++;
      } else if (c == '&') {
        int semi = referenceEnd(text, i);
        if (semi < 0) {
          out.append("&amp;");
        } else {
          String name = text.substring(i + 1, semi);
          unknownEntities += appendReference(out, name) ? 0 : 1;
          i = semi;
        }
        i++;
      } else {
        if (isXmlChar(c)) {
          out.append(c);
        }
        i++;
      }
    }
    if (unknownEntities > 0) {
      diagnostics.warn(where, unknownEntities + " unknown entities kept as text");
    }
    return out.toString();
  }

  /** The end of a CDATA section, comment or processing instruction at {@code i}, else {@code i}. */
  private static int verbatimEnd(String text, int i) {
    String close = text.startsWith("<![CDATA[", i) ? "]]>" : text.startsWith("<!--", i) ? "-->"
        : text.startsWith("<?", i) ? "?>" : null;
    if (close == null) {
      return i;
    }
    int end = text.indexOf(close, i + 2);
    return end < 0 ? text.length() : end + close.length();
  }

  /** Skips {@code <!DOCTYPE name [ internal subset ]>}, quoted strings included. */
  private static int doctypeEnd(String text, int i) {
    int depth = 0;
    char quote = 0;
    for (int k = i + 9; k < text.length(); k++) {
      char c = text.charAt(k);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '>' && depth == 0) {
        return k + 1;
      }
    }
    return text.length();
  }

  /** The index of the {@code ;} closing a reference at {@code amp}, or -1 when it is a bare {@code &}. */
  private static int referenceEnd(String text, int amp) {
    int limit = Math.min(text.length(), amp + 2 + MAX_ENTITY_NAME);
    for (int k = amp + 1; k < limit; k++) {
      char c = text.charAt(k);
      if (c == ';') {
        return k > amp + 1 ? k : -1;
      }
      boolean ok = Character.isLetterOrDigit(c) || (c == '#' && k == amp + 1) || c == '_' || c == '-' || c == '.';
      if (!ok || c > 0x7F) {
        return -1;
      }
    }
    return -1;
  }

  /** Appends the reference {@code &name;} in a form XML knows; false when the name is unknown. */
  private static boolean appendReference(StringBuilder out, String name) {
    switch (name) {
      case "amp", "lt", "gt", "quot", "apos" -> {
        out.append('&').append(name).append(';');
        return true;
      }
      default -> { }
    }
    if (name.charAt(0) == '#') {
      int cp = codePoint(name);
      if (cp < 0) {
        out.append("&amp;").append(name).append(';');
        return false;
      }
      if (cp > 0xFFFF || isXmlChar((char) cp)) {
        out.append("&#").append(cp).append(';');
      }
      return true;
    }
    if (Entities.isNamedEntity(name)) {
      Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
      return true;
    }
    out.append("&amp;").append(name).append(';');
    return false;
  }

  private static int codePoint(String ref) {
    try {
      boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
      String digits = ref.substring(hex ? 2 : 1);
      if (digits.isEmpty() || digits.length() > 8) {
        return -1;
      }
      int cp = Integer.parseInt(digits.toLowerCase(Locale.ROOT), hex ? 16 : 10);
      return Character.isValidCodePoint(cp) ? cp : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** XML 1.0 Char production, for one UTF-16 unit (surrogates pass; pairs are the parser's job). */
  private static boolean isXmlChar(char c) {
    return c >= 0x20 ? c != '\uFFFE' && c != '\uFFFF' : c == '\t' || c == '\n' || c == '\r';
  }
}
