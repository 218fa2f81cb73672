package org.marsad.ingest.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.arabic.dates.DateOrder;
import org.marsad.ingest.LineHash;
import org.marsad.ingest.urls.UrlNormalizer;
import org.marsad.model.Credit;
import org.marsad.model.Diagnostics;

/**
 * Learns each site's template from several of its pages, before they are read: pages are grouped
 * into sites by their URL's site name or, without a URL, by the template lines they share; a
 * short line that a site prints on pages that are not copies of one story is template, not
 * article; the outlet names its credit lines give are remembered so that a bare name line is read
 * as a credit on its other pages; and one page with a day above 12 decides the date order of all.
 *
 * <p>Add every page first ({@link #add}), then ask for each page's template ({@link #templateFor}).
 * Only line hashes and short lines are kept per page, never the text. Not thread-safe.
 */
public final class SiteTemplates {
  /** Lines longer than this are running text, never template lines. */
  private static final int MAX_TEMPLATE_WORDS = 40;
  /** A key's pages kept to look for evidence; more adds nothing. */
  private static final int MAX_PAGES_PER_KEY = 8;
  /** Short pages sharing this share of their lines are copies of one another, not siblings. */
  private static final double COPY_SHARE = 0.5;
  /** Lines this long are a story's text: two pages that share one carry the same story. */
  private static final int STORY_LINE_WORDS = 10;
  /** Pages with fewer story lines than this are told apart by all their lines instead. */
  private static final int MIN_STORY_LINES = 2;

  /** Marks a headline tail among a page's template lines; no line key starts with it. */
  private static final String TAIL_PREFIX = "\u0000tail:";

  private final PageDecoder decoder = new PageDecoder();
  private final LineClassifier classifier =
      new LineClassifier(PageLexicon.defaults(), new ArabicDateParser(DateOrder.DAY_FIRST));
  private final List<PageFacts> pages = new ArrayList<>();
  private final Map<String, Integer> byLocation = new HashMap<>();
  private @Nullable Map<Integer, SiteTemplate> templates;

  /** What one page contributes. */
  private record PageFacts(
      @Nullable String site,
      long[] shortLines,
      long[] lineHashes,
      long[] paragraphHashes,
      Map<String, String> outlets,
      long[] titleTails,
      int dayFirst,
      int monthFirst) {}

  /** Adds a page read from bytes (decoded as the reader decodes them). */
  public void add(String location, @Nullable String url, byte[] bytes) {
    if (bytes.length > AggregatorPageReader.MAX_PAGE_BYTES) {
      return;
    }
    String text = decoder.decode(bytes, location, new Diagnostics(1));
    if (text != null) {
      add(location, url, text);
    }
  }

  /** Adds a page's text; {@code url} is where it was scraped from, when known. */
  public void add(String location, @Nullable String url, String text) {
    templates = null;
    List<PageLine> lines = decoder.lines(text, location, new Diagnostics(1));
    Set<Long> shortLines = new HashSet<>();
    Set<Long> hashes = new HashSet<>();
    Set<Long> paragraphs = new HashSet<>();
    Map<String, String> outlets = new LinkedHashMap<>();
    Set<Long> tails = new HashSet<>();
    for (PageLine line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String key = PageLexicon.key(line.text());
      long hash = LineHash.of(key);
      hashes.add(hash);
      LineFacts facts = classifier.classify(line, SiteTemplate.NONE);
      if (line.wordCount() >= STORY_LINE_WORDS && facts.kind() == LineFacts.Kind.TEXT) {
        paragraphs.add(hash);
      }
      for (Credit c : facts.credits()) {
        if (c.role() == Credit.Role.SOURCE) {
          outlets.putIfAbsent(PageLexicon.key(c.name()), c.name());
        }
      }
      // Stock furniture ("شارك", "اقرأ أيضا") is on every site's pages: it tells no site apart.
      // So is a date line: pages of one day share it whatever their site.
      boolean siteLine = facts.kind() == LineFacts.Kind.TEXT || (facts.kind() == LineFacts.Kind.META && facts.date() == null);
      if (siteLine && line.wordCount() <= MAX_TEMPLATE_WORDS && !key.isEmpty()) {
        shortLines.add(hash);
        String tail = TitleTails.tailKey(line.text());
        if (tail != null && !tail.isEmpty()) {
          tails.add(LineHash.of(tail));
          // A site's name after its headlines tells its pages apart from others' like a template line.
          if (tail.contains(" ") && facts.kind() == LineFacts.Kind.TEXT) {
            shortLines.add(LineHash.of(TAIL_PREFIX + tail));
          }
        }
      }
    }
    int[] order = PageDateOrder.evidence(lines);
    byLocation.put(location, pages.size());
    pages.add(
        new PageFacts(
            siteName(url),
            LineHash.sorted(shortLines),
            LineHash.sorted(hashes),
            LineHash.sorted(paragraphs),
            outlets,
            LineHash.sorted(tails),
            order[0],
            order[1]));
  }

  /** The template of the site the page at {@code location} belongs to; NONE for a lone page. */
  public SiteTemplate templateFor(String location) {
    Integer page = byLocation.get(location);
    if (page == null) {
      return SiteTemplate.NONE;
    }
    if (templates == null) {
      templates = build();
    }
    return templates.getOrDefault(page, SiteTemplate.NONE);
  }

  private Map<Integer, SiteTemplate> build() {
    Map<Long, List<Integer>> pagesByLine = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (long key : pages.get(p).shortLines()) {
        List<Integer> list = pagesByLine.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (list.size() < MAX_PAGES_PER_KEY) {
          list.add(p);
        }
      }
    }
    UnionFind sites = new UnionFind(pages.size());
    Map<String, Integer> firstOfSite = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      String site = pages.get(p).site();
      Integer first = site == null ? null : firstOfSite.putIfAbsent(site, p);
      if (first != null) {
        sites.union(p, first);
      }
    }
    Map<Long, List<Integer>> templateLines = new HashMap<>();
    pagesByLine.forEach(
        (key, list) -> {
          List<Integer> siblings = unionSiblings(list, sites);
          if (!siblings.isEmpty()) {
            templateLines.put(key, siblings);
          }
        });
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      groups.computeIfAbsent(sites.find(p), r -> new ArrayList<>()).add(p);
    }
    Map<Integer, Set<Long>> repeatedBySite = new HashMap<>();
    // A line two sites each repeat is template of both.
    templateLines.forEach(
        (key, siblings) -> siblings.forEach(p -> repeatedBySite.computeIfAbsent(sites.find(p), r -> new HashSet<>()).add(key)));
    Map<Integer, SiteTemplate> out = new HashMap<>();
    for (List<Integer> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      SiteTemplate t = template(group, repeatedBySite.getOrDefault(sites.find(group.get(0)), Set.of()));
      group.forEach(p -> out.put(p, t));
    }
    return out;
  }

  private SiteTemplate template(List<Integer> group, Set<Long> repeated) {
    Map<String, String> outlets = new LinkedHashMap<>();
    Map<Long, Integer> tailPages = new HashMap<>();
    int dayFirst = 0;
    int monthFirst = 0;
    for (int p : group) {
      PageFacts f = pages.get(p);
      f.outlets().forEach(outlets::putIfAbsent);
      for (long t : f.titleTails()) {
        tailPages.merge(t, 1, Integer::sum);
      }
      dayFirst += f.dayFirst();
      monthFirst += f.monthFirst();
    }
    DateOrder order =
        dayFirst == monthFirst ? null : dayFirst > monthFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    Set<Long> suffixes = new HashSet<>();
    tailPages.forEach((tail, n) -> {
      if (n >= 2) {
        suffixes.add(tail);
      }
    });
    return SiteTemplate.ofHashes(group.size(), repeated, outlets, suffixes, order);
  }

  /**
   * Joins the pages that print a line into one site wherever two of them are siblings, not copies
   * of one story: they share no line of a story's length (or, for pages with hardly any, under
   * half their lines), and are not of two known sites. The pages so joined; empty when none.
   */
  private List<Integer> unionSiblings(List<Integer> list, UnionFind sites) {
    Set<Integer> joined = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        PageFacts a = pages.get(list.get(i));
        PageFacts b = pages.get(list.get(j));
        if (siblings(a, b)) {
          sites.union(list.get(i), list.get(j));
          joined.add(list.get(i));
          joined.add(list.get(j));
        }
      }
    }
    return List.copyOf(joined);
  }

  private static boolean siblings(PageFacts a, PageFacts b) {
    if (a.site() != null && b.site() != null && !a.site().equals(b.site())) {
      return false;
    }
    // Copies of one story share most of its text; siblings may share a long template line or two.
    if (share(a.paragraphHashes(), b.paragraphHashes()) >= COPY_SHARE) {
      return false;
    }
    boolean storyLines = a.paragraphHashes().length >= MIN_STORY_LINES && b.paragraphHashes().length >= MIN_STORY_LINES;
    return storyLines || share(a.lineHashes(), b.lineHashes()) < COPY_SHARE;
  }


  /** Shared lines over the smaller page's lines. */
  private static double share(long[] a, long[] b) {
    int smaller = Math.min(a.length, b.length);
    return smaller == 0 ? 0 : (double) LineHash.shared(a, b) / smaller;
  }


  /**
   * The site's name in a URL: the host's label before its public suffix, so that mirrors
   * ({@code cratersky.net}, {@code www.cratersky.org}) and subdomains ({@code test.}, {@code m.})
   * meet. Null without a usable URL.
   */
  static @Nullable String siteName(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String host = UrlNormalizer.host(url).orElse(null);
    if (host == null) {
      return null;
    }
    String[] labels = host.split("\\.");
    if (labels.length < 2) {
      return labels[0];
    }
    int suffix = labels.length - 1;
    boolean secondLevel =
        labels.length >= 3 && labels[suffix].length() == 2 && labels[suffix - 1].matches("co|com|net|org|gov|edu|ac");
    return labels[secondLevel ? suffix - 2 : suffix - 1];
  }

  /** Disjoint sets over page numbers. */
  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      parent[find(a)] = find(b);
    }
  }
}
