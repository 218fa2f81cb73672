package org.marsad.ingest.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the links feeds, sitemaps and pages give against their base, forgiving what sites
 * write: raw spaces and brackets are percent-encoded, raw Arabic is kept (java.net.URI allows it).
 * Only http and https links are kept. Thread-safe.
 */
final class Urls {
  private static final String UNSAFE = " \"<>{}|\\^`";

  private Urls() {}

  /** The absolute http(s) URL {@code link} names against {@code base}, or null. */
  static @Nullable URI resolve(@Nullable URI base, @Nullable String link) {
    if (link == null || link.isBlank() || link.length() > 8192) {
      return null;
    }
    URI uri = parse(link.strip());
    if (uri == null) {
      return null;
    }
    try {
      URI absolute = uri.isAbsolute() || base == null ? uri : base.resolve(uri);
      String scheme = absolute.getScheme();
      if (scheme == null || absolute.getHost() == null) {
        return null;
      }
      String s = scheme.toLowerCase(Locale.ROOT);
      return s.equals("http") || s.equals("https") ? absolute : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable URI parse(String link) {
    try {
      return new URI(link);
    } catch (URISyntaxException e) {
      StringBuilder b = new StringBuilder(link.length() + 16);
      for (int i = 0; i < link.length(); i++) {
        char c = link.charAt(i);
        if (UNSAFE.indexOf(c) >= 0 || c < 0x20 || c == 0x7F) {
          b.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
        } else if (c == '%' && !isEscape(link, i)) {
          b.append("%25");
        } else {
          b.append(c);
        }
      }
      try {
        return new URI(b.toString());
      } catch (URISyntaxException again) {
        return null;
      }
    }
  }

  private static boolean isEscape(String s, int i) {
    return i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0;
  }
}
