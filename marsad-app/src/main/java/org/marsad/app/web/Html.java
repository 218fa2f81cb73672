package org.marsad.app.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A tiny HTML builder that escapes by default: text and attribute values always go through
 * {@link #escape}; only tag and attribute names, which are constants of this package, are written
 * as given (and checked). Links are written only to http(s) URLs or our own paths.
 */
final class Html {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  /**
   * Runs of Latin letters and digits, with the spaces and punctuation inside them, that an Arabic
   * line must isolate ({@code <bdi>}) so the bidi algorithm does not reorder them with neighbours.
   */
  private static final Pattern LATIN_RUN =
      Pattern.compile("[\\p{IsLatin}0-9]+(?:[ .,:/%+\\-]+[\\p{IsLatin}0-9]+)*");

  private final StringBuilder out = new StringBuilder(4096);

  /** Opens {@code tag} with attributes given as name, value pairs; a null value omits the attribute. */
  Html open(String tag, @Nullable String... attrs) {
    out.append('<').append(name(tag));
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      String value = attrs[i + 1];
      if (value != null) {
        out.append(' ').append(name(requireName(attrs[i]))).append("=\"").append(escape(value)).append('"');
      }
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(name(tag)).append('>');
    return this;
  }

  /** Escaped text. */
  Html text(String s) {
    out.append(escape(s));
    return this;
  }

  /** Escaped text with its runs of Latin letters and digits isolated in {@code <bdi>}. */
  Html bidi(String s) {
    Matcher m = LATIN_RUN.matcher(s);
    int last = 0;
    while (m.find()) {
      out.append(escape(s.substring(last, m.start()))).append("<bdi>").append(escape(m.group())).append("</bdi>");
      last = m.end();
    }
    out.append(escape(s.substring(last)));
    return this;
  }

  /** {@code <tag attrs>text</tag>}, the text escaped and bidi-isolated. */
  Html element(String tag, String text, @Nullable String... attrs) {
    return open(tag, attrs).bidi(text).close(tag);
  }

  /** A link when {@code href} is safe ({@link #safeHref}), else the text alone. */
  Html link(@Nullable String href, String text, @Nullable String... attrs) {
    String safe = safeHref(href);
    if (safe == null) {
      return bidi(text);
    }
    String[] all = new String[attrs.length + 2];
    all[0] = "href";
    all[1] = safe;
    System.arraycopy(attrs, 0, all, 2, attrs.length);
    return element("a", text, all);
  }

  /** Markup built by another builder of this class, so already escaped. */
  Html append(Html other) {
    out.append(other.out);
    return this;
  }

  /** Text that must go out unescaped; only for constants and already-escaped output of this package. */
  Html raw(String trusted) {
    out.append(trusted);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Escapes the five characters that can end text or an attribute value: {@code & < > " '}. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      String r = switch (s.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (r == null) {
          b.append(s.charAt(i));
        } else {
          b.append(r);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * {@code href} when it is one of our own paths ({@code /...}, not {@code //host}) or an absolute
   * http(s) URL; null otherwise ({@code javascript:}, {@code data:}, relative or malformed).
   */
  static @Nullable String safeHref(@Nullable String href) {
    if (href == null || href.isEmpty()) {
      return null;
    }
    if (href.startsWith("/")) {
      return href.startsWith("//") || href.startsWith("/\\") || href.chars().anyMatch(c -> c < 0x20) ? null : href;
    }
    try {
      URI u = new URI(href);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? href : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** {@code s} encoded for a query parameter value or a path segment. */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String name(String n) {
    return requireName(n);
  }

  private static String requireName(String n) {
    if (!NAME.matcher(n).matches()) {
      throw new IllegalArgumentException("name: not a tag or attribute name: " + n);
    }
    return n;
  }
}
