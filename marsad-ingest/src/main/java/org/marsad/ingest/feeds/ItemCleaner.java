package org.marsad.ingest.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.encoding.MojibakeRepair;
import org.marsad.ingest.urls.UrlNormalizer;
import org.marsad.model.Diagnostics;
import org.marsad.model.Published;

/**
 * Turns a {@link RawEntry} into a {@link FeedItem}: resolves the link (falling back to a
 * permalink guid), strips markup, repairs mojibake in titles, summaries and names, reads the
 * date. One instance per feed read: it counts what it repaired. Not thread-safe.
 */
final class ItemCleaner {
  /** {@code editor@site.com (Name)}, the RSS 2.0 author form. */
  private static final Pattern EMAIL_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
  private static final MojibakeRepair MOJIBAKE = new MojibakeRepair();

  private final URI base;
  private final String where;
  private final Diagnostics diagnostics;
  private final FeedDates dates;
  private int repaired;
  private int unlinked;
  private int undated;

  ItemCleaner(URI base, FeedDates dates, Diagnostics diagnostics) {
    this.base = base;
    this.where = base.toString();
    this.dates = dates;
    this.diagnostics = diagnostics;
  }

  /** The item, or null (counted) when it has no usable link. */
  @Nullable FeedItem clean(RawEntry raw, @Nullable Date romeDate) {
    URI url = UrlNormalizer.resolveHttp(base, raw.link()).orElse(null);
    if (url == null && raw.guidIsPermaLink()) {
      url = UrlNormalizer.resolveHttp(base, raw.guid()).orElse(null);
    }
    if (url == null) {
      unlinked++;
      return null;
    }
    String title = raw.title() == null ? null : emptyToNull(repair(HtmlText.line(raw.title())));
    String summary = null;
    if (raw.summary() != null) {
      List<String> paragraphs = new ArrayList<>();
      for (String p : HtmlText.paragraphs(raw.summary(), raw.summaryIsHtml())) {
        paragraphs.add(repair(p));
      }
      summary = paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }
    Published published = null;
    for (String d : raw.dates()) {
      published = dates.parse(d);
      if (published != null) {
        break;
      }
    }
    if (published == null && romeDate != null) {
      published = FeedDates.fromInstant(romeDate, raw.dates().isEmpty() ? null : raw.dates().get(0));
    }
    if (published == null && !raw.dates().isEmpty()) {
      undated++;
      diagnostics.warn(where, "unreadable date '" + abbreviate(raw.dates().get(0)) + "' for " + url);
    }
    return new FeedItem(url.toString(), raw.guid(), title, published, summary,
        names(raw.authors(), true), names(raw.categories(), false));
  }

  /** A feed-level line (the feed's title) as plain text with mojibake repaired, or null. */
  @Nullable String line(@Nullable String raw) {
    return raw == null ? null : emptyToNull(repair(HtmlText.line(raw)));
  }

  /** Reports what was repaired or dropped over the whole feed, once. */
  void report() {
    if (repaired > 0) {
      diagnostics.warn(where, "repaired broken Arabic encoding (mojibake) in " + repaired + " fields");
    }
    if (unlinked > 0) {
      diagnostics.warn(where, unlinked + " items without a usable link were skipped");
    }
  }

  int undated() {
    return undated;
  }

  private List<String> names(List<String> raw, boolean authors) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : raw) {
      String n = HtmlText.line(name);
      Matcher m = authors ? EMAIL_NAME.matcher(n) : null;
      n = repair(m != null && m.matches() ? m.group(1).strip() : n);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  private String repair(String text) {
    MojibakeRepair.Repair r = MOJIBAKE.repairWithReport(text);
    repaired += r.changed() ? 1 : 0;
    return r.text();
  }

  private static @Nullable String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
