package org.marsad.ingest.page;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.DateOrder;

/**
 * What the pages of one site have in common, learned from several of its pages ({@link
 * SiteTemplates}): the lines its template prints on every page (site name, slogan, account prompts,
 * follow-us lines), the outlet names its credit lines use, and whether it writes numeric dates day
 * first or month first. A lone page gets {@link #NONE} and is read from general evidence alone.
 * Immutable and thread-safe.
 */
public final class SiteTemplate {
  /** No site evidence: the page is read on its own. */
  public static final SiteTemplate NONE = new SiteTemplate(1, Set.of(), Map.of(), Set.of(), null);

  private final int pages;
  private final Set<String> repeatedLines;
  private final Map<String, String> outlets;
  private final Set<String> titleSuffixes;
  private final @Nullable DateOrder dateOrder;

  SiteTemplate(
      int pages,
      Set<String> repeatedLines,
      Map<String, String> outlets,
      Set<String> titleSuffixes,
      @Nullable DateOrder dateOrder) {
    this.pages = pages;
    this.repeatedLines = Set.copyOf(repeatedLines);
    this.outlets = Map.copyOf(outlets);
    this.titleSuffixes = Set.copyOf(titleSuffixes);
    this.dateOrder = dateOrder;
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
    return repeatedLines.contains(lineKey);
  }

  /**
   * The headline without the site's own suffix ("العنوان - كل يوم", "العنوان | هذا اليوم") when its
   * other pages end their headlines with the same words; else the headline unchanged.
   */
  String withoutTitleSuffix(String headline) {
    int cut = TitleTails.lastSeparator(headline);
    if (cut <= 0 || !titleSuffixes.contains(PageLexicon.key(TitleTails.tail(headline, cut)))) {
      return headline;
    }
    return headline.substring(0, cut).strip();
  }

  /** The outlet name that the site's credit lines give, when {@code lineKey} is one; else null. */
  @Nullable String outlet(String lineKey) {
    return outlets.get(lineKey);
  }
}
