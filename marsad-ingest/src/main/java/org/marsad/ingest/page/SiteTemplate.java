package org.marsad.ingest.page;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.DateOrder;
import org.marsad.ingest.LineHash;

/**
 * What the pages of one site have in common, learned from several of its pages ({@link
 * SiteTemplates}): the lines its template prints on every page (site name, slogan, account prompts,
 * follow-us lines), the outlet names its credit lines use, and whether it writes numeric dates day
 * first or month first. A lone page gets {@link #NONE} and is read from general evidence alone.
 * Immutable and thread-safe.
 */
public final class SiteTemplate {
  /** No site evidence: the page is read on its own. */
  public static final SiteTemplate NONE = ofHashes(1, Set.of(), Map.of(), Set.of(), null);

  private final int pages;
  /** Hashes ({@link LineHash}) of the lines' keys. */
  private final Set<Long> repeatedLines;
  private final Map<String, String> outlets;
  /** Hashes of the suffixes' keys. */
  private final Set<Long> titleSuffixes;
  private final @Nullable DateOrder dateOrder;

  private SiteTemplate(
      int pages,
      Set<Long> repeatedLines,
      Map<String, String> outlets,
      Set<Long> titleSuffixes,
      @Nullable DateOrder dateOrder) {
    this.pages = pages;
    this.repeatedLines = Set.copyOf(repeatedLines);
    this.outlets = Map.copyOf(outlets);
    this.titleSuffixes = Set.copyOf(titleSuffixes);
    this.dateOrder = dateOrder;
  }

  /** A template of the lines and suffixes given by their hashes ({@link LineHash}). */
  static SiteTemplate ofHashes(
      int pages, Set<Long> repeatedLines, Map<String, String> outlets, Set<Long> titleSuffixes, @Nullable DateOrder dateOrder) {
    return new SiteTemplate(pages, repeatedLines, outlets, titleSuffixes, dateOrder);
  }

  /** A template of the lines and suffixes given by their keys ({@link PageLexicon#key}). */
  static SiteTemplate ofKeys(
      int pages, Set<String> repeatedLines, Map<String, String> outlets, Set<String> titleSuffixes, @Nullable DateOrder dateOrder) {
    return new SiteTemplate(pages, hashes(repeatedLines), outlets, hashes(titleSuffixes), dateOrder);
  }

  private static Set<Long> hashes(Set<String> keys) {
    return keys.stream().map(LineHash::of).collect(Collectors.toUnmodifiableSet());
  }


  /** How many pages of the site the template was learned from. */
  public int pages() {
    return pages;
  }

  /** How many lines the site's template repeats across its pages. */
  public int repeatedLineCount() {
    return repeatedLines.size();
  }

  /** The order the site writes numeric dates in, when one of its pages shows it (a day above 12). */
  public Optional<DateOrder> dateOrder() {
    return Optional.ofNullable(dateOrder);
  }

  /** Whether the line (by its {@link PageLexicon#key}) is printed by the site on other pages too. */
  boolean isRepeated(String lineKey) {
    return repeatedLines.contains(LineHash.of(lineKey));
  }

  /**
   * The headline without the site's own suffix ("العنوان - كل يوم", "العنوان | هذا اليوم") when its
   * other pages end their headlines with the same words; else the headline unchanged.
   */
  String withoutTitleSuffix(String headline) {
    int cut = TitleTails.lastSeparator(headline);
    if (cut <= 0 || !titleSuffixes.contains(LineHash.of(PageLexicon.key(TitleTails.tail(headline, cut))))) {
      return headline;
    }
    return headline.substring(0, cut).strip();
  }

  /** The outlet name that the site's credit lines give, when {@code lineKey} is one; else null. */
  @Nullable String outlet(String lineKey) {
    return outlets.get(lineKey);
  }
}
