package org.marsad.ingest.html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.ingest.urls.UrlNormalizer;

/**
 * Strips the site's name from a headline: "العنوان - الجزيرة نت", "Title | Site", "Site :: Title",
 * when the part cut off names the site (og:site_name or the host). A separator inside a headline
 * ("غزة - القدس") stays, because the part after it does not name the site. Thread-safe.
 */
final class HtmlTitles {
  private static final Pattern TAIL = Pattern.compile("^(.+?)\\s+(?:[-–—|:»«]|::)\\s+([^-–—|»«]{1,60})$");
  private static final Pattern HEAD = Pattern.compile("^([^-–—|»«]{1,60}?)\\s+(?:[-–—|:»«]|::)\\s+(.+)$");
  private static final int MAX_STRIPS = 2;
  /** Shorter headings are section names. */
  private static final int MIN_HEADING = 12;
  /** The headline is among the page's first heading-like elements. */
  private static final int MAX_HEADINGS = 40;
  private static final String HEADING_LIKE = "h2, h3, h4, b, strong, font, [class*=title], [class*=headline]";

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

  /**
   * The first heading-like element (h2 to h4, a bold or font line, a box named title or headline)
   * whose text the page's {@code <title>} holds ("Site - Headline" holds "Headline") and that is
   * most of it, or null: the headline of a page without an h1, as old layouts set it.
   */
  static @Nullable String headingInTitle(Document doc) {
    String title = doc.title().strip();
    if (title.isBlank()) {
      return null;
    }
    int seen = 0;
    for (Element h : doc.select(HEADING_LIKE)) {
      String text = h.text().strip();
      if (text.length() >= MIN_HEADING && text.length() * 2 >= title.length() && Headlines.repeatsTitle(text, List.of(title))) {
        return text;
      }
      if (++seen >= MAX_HEADINGS) {
        break;
      }
    }
    return null;
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
    String host = UrlNormalizer.host(url).orElse(null);
    if (host == null) {
      return null;
    }
    String[] labels = host.replaceFirst("^(?:(?:www|m|ar|arabic|news|amp)\\.)+", "").split("\\.");
    return labels[0].length() >= 3 ? labels[0] : null;
  }
}
