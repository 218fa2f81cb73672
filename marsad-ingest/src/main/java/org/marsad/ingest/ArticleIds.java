package org.marsad.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.model.Published;

/**
 * Stable article identity: from the canonical URL when there is one, otherwise from the source,
 * the search form of the title and the publication day. Re-ingesting the same article yields the
 * same id, so it updates rather than duplicates. Thread-safe.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String forUrl(String url) {
    return hash("url|" + canonicalUrl(url));
  }

  public static String forContent(@Nullable String source, String title, @Nullable Published published) {
    String day = published == null ? "" : published.local().toLocalDate().toString();
    String src = source == null ? "" : ArabicNormalizer.searchKey(source).replace(" ", "");
    String key = ArabicNormalizer.searchKey(title).replaceAll("\\s+", " ").trim();
    return hash("doc|" + src + "|" + key + "|" + day);
  }

  /**
   * Lower-cases scheme and host, drops the fragment, the default port and tracking parameters;
   * keeps the path as given (percent-encoded or not, which sites mix).
   */
  public static String canonicalUrl(String url) {
    String trimmed = url.trim();
    try {
      URI u = new URI(trimmed.replace(" ", "%20"));
      if (u.getScheme() == null || u.getHost() == null) {
        return trimmed;
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
      String query = stripTracking(u.getRawQuery());
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
          + (query == null ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return trimmed;
    }
  }

  private static @Nullable String stripTracking(@Nullable String query) {
    if (query == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    for (String part : query.split("&")) {
      String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
      if (name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || part.isEmpty()) {
        continue;
      }
      if (kept.length() > 0) {
        kept.append('&');
      }
      kept.append(part);
    }
    return kept.length() == 0 ? null : kept.toString();
  }

  private static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
