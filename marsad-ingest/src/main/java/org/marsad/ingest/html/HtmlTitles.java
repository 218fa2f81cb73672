package org.marsad.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Strips the site's name from a headline: "العنوان - الجزيرة نت", "Title | Site", "Site :: Title",
 * when the part cut off names the site (og:site_name or the host). A separator inside a headline
 * ("غزة - القدس") stays, because the part after it does not name the site. Thread-safe.
 */
final class HtmlTitles {
  private static final Pattern TAIL = Pattern.compile("^(.+?)\\s+(?:[-–—|:»«]|::)\\s+([^-–—|»«]{1,60})$");
  private static final Pattern HEAD = Pattern.compile("^([^-–—|»«]{1,60}?)\\s+(?:[-–—|:»«]|::)\\s+(.+)$");
  private static final int MAX_STRIPS = 2;

  private HtmlTitles() {}

  static String stripSiteName(String title, @Nullable String siteName, @Nullable String url) {
    String host = hostLabel(url);
    String t = title.strip();
    for (int i = 0; i < MAX_STRIPS; i++) {
      Matcher tail = TAIL.matcher(t);
      if (tail.matches() && namesSite(tail.group(2), siteName, host)) {
        t = tail.group(1).strip();
        continue;
      }
      Matcher head = HEAD.matcher(t);
      if (head.matches() && namesSite(head.group(1), siteName, host)) {
        t = head.group(2).strip();
        continue;
      }
      break;
    }
    return t;
  }

  private static boolean namesSite(String part, @Nullable String siteName, @Nullable String host) {
    String p = HtmlCredits.key(part);
    if (p.isEmpty()) {
      return false;
    }
    if (siteName != null) {
      String s = HtmlCredits.key(siteName);
      if (!s.isEmpty() && (p.equals(s) || s.contains(p) && p.length() >= 4 || p.contains(s) && s.length() >= 4)) {
        return true;
      }
    }
    // "Example News" names example.org; "Exampleville" does not
    return host != null && (p.equals(host) || p.contains(host) && host.length() >= 4 && p.length() - host.length() <= 6);
  }

  /** "www.aljazeera.net" and "news.example.org" give "aljazeera" and "example"; null for a URL without a host. */
  static @Nullable String hostLabel(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url.strip().replace(" ", "%20")).getHost();
      if (host == null) {
        return null;
      }
      String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("^(?:(?:www|m|ar|arabic|news|amp)\\.)+", "").split("\\.");
      return labels[0].length() >= 3 ? labels[0] : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
