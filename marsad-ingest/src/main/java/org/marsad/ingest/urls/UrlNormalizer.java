package org.marsad.ingest.urls;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses links as sites write them, resolves them against their base by RFC 3986 and normalizes
 * them for comparison. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@link #parse}: raw spaces, quotes, brackets and stray {@code %} are percent-encoded; raw
 *       Arabic is kept ({@link URI} allows it), so a URL prints as the site printed it.
 *   <li>{@link #resolve}: {@link URI#resolve} follows RFC 2396 in three places where RFC 3986 (and
 *       browsers) differ; those are mended here.
 *   <li>{@link #normalize}: crawler-commons' {@link BasicURLNormalizer} (lower-case scheme and host,
 *       no default port, no fragment, dot segments removed, percent-encoding made uniform), for
 *       deciding whether two URLs name the same resource. It is not used for article ids: it
 *       percent-encodes raw Arabic paths, which would change the ids of every stored Arabic URL.
 * </ul>
 */
public final class UrlNormalizer {
  private static final String UNSAFE = " \"<>{}|\\^`";
  private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();
  /** Longer links are refused: no article needs more, and a hostile one should cost nothing. */
  public static final int MAX_LENGTH = 8192;

  private UrlNormalizer() {}

  /** {@code link} as a URI, absolute or relative, forgiving what sites write; empty when it cannot be one. */
  public static Optional<URI> parse(@Nullable String link) {
    if (link == null || link.isBlank() || link.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String text = link.strip();
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      try {
        return Optional.of(new URI(encodeUnsafe(text)));
      } catch (URISyntaxException again) {
        return Optional.empty();
      }
    }
  }

  /**
   * {@code reference} resolved against {@code base} by RFC 3986, section 5.2. Unlike {@link
   * URI#resolve} it keeps the slash after a base without a path (JDK-4666701), keeps the base's path
   * for a query-only reference, and drops {@code ..} segments that would climb above the root.
   */
  public static URI resolve(URI base, URI reference) {
    URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
    if (reference.getScheme() == null && reference.getRawAuthority() == null
        && (reference.getRawPath() == null || reference.getRawPath().isEmpty()) && reference.getRawQuery() != null) {
      String path = from.toString();
      int cut = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#') >= 0 ? path.indexOf('#') : path.length();
      return URI.create(path.substring(0, cut) + "?" + reference.getRawQuery()
          + (reference.getRawFragment() == null ? "" : "#" + reference.getRawFragment()));
    }
    return withoutDotSegmentsAboveRoot(from.resolve(reference));
  }

  /**
   * The absolute http(s) URL {@code link} names against {@code base} (which may be null when the
   * link must be absolute), or empty.
   */
  public static Optional<URI> resolveHttp(@Nullable URI base, @Nullable String link) {
    Optional<URI> parsed = parse(link);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = parsed.get();
      URI absolute = uri.isAbsolute() || base == null ? uri : resolve(base, uri);
      return isHttp(absolute) ? Optional.of(absolute) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code url} is an absolute http or https URL with a host. */
  public static boolean isHttp(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
  }

  /** The lower-cased host of {@code url}, or empty when it has none. */
  public static Optional<String> host(@Nullable String url) {
    return parse(url).map(URI::getHost).map(h -> h.toLowerCase(Locale.ROOT));
  }

  /**
   * {@code url} in crawler-commons' normal form, for comparing URLs; empty when it is not an
   * absolute http(s) URL (the normalizer itself would prefix {@code http://} to anything). Never an
   * article id: see the class comment.
   */
  public static Optional<String> normalize(String url) {
    if (parse(url).filter(UrlNormalizer::isHttp).isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(NORMALIZER.filter(url));
    } catch (RuntimeException e) { // the normalizer's own parse of a hostile URL
      return Optional.empty();
    }
  }

  /** RFC 3986 drops ".." segments that climb above the root; java.net.URI keeps them. */
  private static URI withoutDotSegmentsAboveRoot(URI url) {
    String path = url.getRawPath();
    if (path == null || !path.startsWith("/..") || url.getScheme() == null) {
      return url;
    }
    String trimmed = path;
    while (trimmed.startsWith("/../") || trimmed.equals("/..")) {
      trimmed = trimmed.length() == 3 ? "/" : trimmed.substring(3);
    }
    String text = url.toString();
    int at = text.indexOf(path, url.getScheme().length() + 3);
    return at < 0 ? url : URI.create(text.substring(0, at) + trimmed + text.substring(at + path.length()));
  }

  private static String encodeUnsafe(String link) {
    StringBuilder b = new StringBuilder(link.length() + 16);
    for (int i = 0; i < link.length(); i++) {
      char c = link.charAt(i);
      if (UNSAFE.indexOf(c) >= 0 || c < 0x20 || c == 0x7F) {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      } else if (c == '%' && !isEscape(link, i)) {
        b.append("%25");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isEscape(String s, int i) {
    return i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0;
  }
}
