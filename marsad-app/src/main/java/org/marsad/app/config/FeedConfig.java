package org.marsad.app.config;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** One followed feed: the outlet's name, the feed's URL and the outlet's country (ISO 3166 code). */
public record FeedConfig(String name, String url, @Nullable String country) {
  public FeedConfig {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("feeds[].name: must not be blank (url " + url + ")");
    }
    URI uri;
    try {
      uri = URI.create(url == null ? "" : url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("feeds[].url: not a URL: " + url, e);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("feeds[].url: must be an http or https URL, got " + url);
    }
    url = uri.toString();
  }

  public URI uri() {
    return URI.create(url);
  }
}
