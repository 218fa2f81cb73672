package org.marsad.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Resolves a {@code Location} header against the URL that sent it (RFC 9110, section 10.2.2).
 * Servers often send raw spaces or UTF-8 (Arabic paths are common), which {@link URI} refuses, so
 * characters that are not legal in a URI are percent-encoded first, byte by byte. The HTTP client
 * hands header bytes over as ISO-8859-1 characters, so those are turned back into the bytes that
 * were on the wire (raw UTF-8 stays UTF-8, as browsers do); anything beyond U+00FF is encoded as
 * UTF-8.
 */
final class Locations {
  private static final String LEGAL = "-._~:/?#[]@!$&'()*+,;=%";

  private Locations() {}

  static URI resolve(URI base, String location) throws FetchException {
    URI reference;
    try {
      reference = new URI(encodeIllegal(location.strip()));
    } catch (URISyntaxException e) {
      throw new FetchException(FetchException.Reason.BAD_URL, base, "bad Location " + location, e);
    }
    // URI.resolve drops the slash between an empty base path and a relative path (JDK-4666701).
    URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
    if (reference.getScheme() == null && reference.getRawAuthority() == null
        && (reference.getRawPath() == null || reference.getRawPath().isEmpty()) && reference.getRawQuery() != null) {
      // URI.resolve follows RFC 2396 here and drops the last path segment; RFC 3986 keeps the path.
      String path = from.toString();
      int cut = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#') >= 0 ? path.indexOf('#') : path.length();
      return URI.create(path.substring(0, cut) + "?" + reference.getRawQuery());
    }
    return withoutDotSegmentsAboveRoot(from.resolve(reference));
  }

  /** RFC 3986 drops ".." segments that climb above the root; java.net.URI keeps them. */
  private static URI withoutDotSegmentsAboveRoot(URI url) {
    String path = url.getRawPath();
    if (path == null || !path.startsWith("/..")) {
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

  static String encodeIllegal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean wireBytes = text.chars().allMatch(c -> c <= 0xff);
    for (byte b : text.getBytes(wireBytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f && (Character.isLetterOrDigit(c) || LEGAL.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
