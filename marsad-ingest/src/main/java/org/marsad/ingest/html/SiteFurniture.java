package org.marsad.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.LineHash;

/**
 * What a site's pages repeat, learned as they are read: for each host, the short paragraphs of its
 * article texts (a slogan, a "follow us on Telegram" invite, a disclaimer) with the distinct pages
 * each was seen on. A short paragraph seen on {@link Config#minPages} distinct pages of a host,
 * and not part of the page's own title, is that site's furniture. General shapes ({@link
 * FurnitureLines}) carry a site's first pages; this carries what only repetition shows.
 *
 * <p>Only short paragraphs are learned ({@link #MAX_WORDS} words, {@link #MAX_CHARS} characters),
 * so an article can never be learned away. A page that repeats an earlier page's long paragraphs
 * (the same article under another URL) is not filtered: its short paragraphs repeat because the
 * article does. Keys are 64-bit hashes of the line's search form with digits folded ("© 2024" and
 * "© 2025" are one line). Memory is bounded: at most {@link Config#maxHosts} hosts, least recently
 * read dropped first, and {@link Config#maxKeysPerHost} keys per host, least recently seen dropped
 * first (a site's furniture is seen on every page, so it stays). Thread-safe: one lock, held for
 * a page's few hash look-ups.
 */
public final class SiteFurniture {
  /** Short paragraphs, the only ones learned as furniture, have at most this many words... */
  static final int MAX_WORDS = 12;
  /** ...and characters. */
  static final int MAX_CHARS = 100;
  /** Two long paragraphs seen on another page of the host make a page a repeat of that page. */
  private static final int REPEAT_PARAGRAPHS = 2;

  /**
   * Limits of the memory.
   *
   * @param maxHosts hosts remembered; 128 × 1,024 keys of about 100 bytes each bound the memory
   *     near 13 MB, while a follower of a few dozen feeds uses a fraction of it
   * @param maxKeysPerHost paragraph keys remembered per host: some 30 pages of a site's history
   * @param minPages distinct pages a short paragraph must be seen on to be furniture; 2, so a
   *     site's second page already loses what its first one showed
   */
  public record Config(int maxHosts, int maxKeysPerHost, int minPages) {
    public Config {
      if (maxHosts < 1) {
        throw new IllegalArgumentException("maxHosts: must be >= 1, got " + maxHosts);
      }
      if (maxKeysPerHost < 1) {
        throw new IllegalArgumentException("maxKeysPerHost: must be >= 1, got " + maxKeysPerHost);
      }
      if (minPages < 2) {
        throw new IllegalArgumentException("minPages: must be >= 2 (a line is not repeated on one page), got " + minPages);
      }
    }
  }

  public static final Config DEFAULTS = new Config(128, 1024, 2);

  private final Config config;
  private final LinkedHashMap<String, Host> hosts;

  public SiteFurniture() {
    this(DEFAULTS);
  }

  public SiteFurniture(Config config) {
    this.config = config;
    this.hosts = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Host> eldest) {
        return size() > config.maxHosts();
      }
    };
  }

  /**
   * Learns the paragraphs of one page and tells which of them the page's host repeats: the
   * indexes of short paragraphs seen on other pages of the host often enough, none that {@code
   * title} holds, and none at all when the page repeats an earlier one or would lose every
   * paragraph. A page without a host learns and loses nothing.
   */
  public List<Integer> furniture(String pageUrl, String title, List<String> paragraphs) {
    String host = host(pageUrl);
    if (host == null || paragraphs.isEmpty()) {
      return List.of();
    }
    int page = ArticleIds.canonicalUrl(pageUrl).hashCode();
    String titleKey = key(title);
    long[] keys = new long[paragraphs.size()];
    boolean[] isShort = new boolean[paragraphs.size()];
    for (int i = 0; i < keys.length; i++) {
      String k = key(paragraphs.get(i));
      keys[i] = k.isEmpty() ? 0 : hash(k);
      isShort[i] = isShort(paragraphs.get(i)) && !(titleKey.contains(k) && !k.isEmpty());
    }
    synchronized (this) {
      Host h = hosts.computeIfAbsent(host, x -> new Host(config.maxKeysPerHost()));
      List<Integer> out = new ArrayList<>();
      int longSeen = 0;
      int longs = 0;
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == 0) {
          continue;
        }
        int pages = h.record(keys[i], page, config.minPages());
        if (!isShort(paragraphs.get(i))) {
          longs++;
          longSeen += pages > 1 ? 1 : 0;
        } else if (isShort[i] && pages >= config.minPages()) {
          out.add(i);
        }
      }
      boolean repeat = longSeen >= REPEAT_PARAGRAPHS || longSeen > 0 && longSeen * 2 >= longs;
      return repeat || out.size() == paragraphs.size() ? List.of() : out;
    }
  }

  /** Hosts remembered now. */
  public synchronized int hosts() {
    return hosts.size();
  }

  /** Keys remembered now for the host of {@code pageUrl}. */
  public synchronized int keys(String pageUrl) {
    String host = host(pageUrl);
    Host h = host == null ? null : hosts.get(host);
    return h == null ? 0 : h.seen.size();
  }

  static boolean isShort(String paragraph) {
    return paragraph.length() <= MAX_CHARS && paragraph.split(" ").length <= MAX_WORDS;
  }

  /** The search form without punctuation, digit runs folded to one 0. */
  static String key(String text) {
    return FurnitureLines.key(text).replaceAll("\\d+", "0").replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
  }

  /**
   * The site of a URL: its host without "www.", lower-cased, with the port when one is given (two
   * sites served on one address are two sites), or null for a URL without a host.
   */
  static @Nullable String host(String url) {
    try {
      URI u = new URI(url.strip().replace(" ", "%20"));
      String host = u.getHost();
      if (host == null) {
        return null;
      }
      String site = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      return u.getPort() < 0 ? site : site + ":" + u.getPort();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The line's hash; 0 marks an empty line, so a real line that hashes to 0 takes 1. */
  private static long hash(String s) {
    long h = LineHash.of(s);
    return h == 0 ? 1 : h;
  }


  /** One host's keys, each with the distinct pages (URL hashes) it was seen on, up to minPages. */
  private static final class Host {
    final LinkedHashMap<Long, int[]> seen;

    Host(int maxKeys) {
      this.seen = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, int[]> eldest) {
          return size() > maxKeys;
        }
      };
    }

    /** Records that {@code page} shows {@code key}; the distinct pages known to show it, this one included. */
    int record(long key, int page, int limit) {
      int[] pages = seen.get(key);
      if (pages == null) {
        seen.put(key, new int[] {page});
        return 1;
      }
      for (int p : pages) {
        if (p == page) {
          return pages.length;
        }
      }
      if (pages.length < limit) {
        int[] more = Arrays.copyOf(pages, pages.length + 1);
        more[pages.length] = page;
        seen.put(key, more);
        return more.length;
      }
      return pages.length;
    }
  }
}
