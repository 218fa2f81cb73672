package org.marsad.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.marsad.ingest.urls.UrlNormalizer;

/**
 * Resolves a {@code Location} header against the URL that sent it (RFC 9110, section 10.2.2, by
 * {@link UrlNormalizer#resolve}).
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
    return UrlNormalizer.resolve(base, reference);
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
