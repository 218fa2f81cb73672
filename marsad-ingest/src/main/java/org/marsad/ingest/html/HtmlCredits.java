package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.ingest.page.WireAgencies;
import org.marsad.model.Credit;
import org.marsad.model.Credit.Role;

/**
 * Credits of an HTML article: authors from metadata or the byline (lists split, URLs and labels
 * dropped; an agency named as author is a wire credit), the site as the SOURCE credit, and wire
 * agencies the text names in a dateline ("القاهرة (رويترز) -") or a credit line ("المصدر: أ ف ب"
 * aside, "فرانس24/ رويترز"). The agencies are the page reader's ({@link WireAgencies}). Thread-safe.
 */
final class HtmlCredits {
  private static final Pattern LABEL = Pattern.compile(
      "^(?:by|written by|بقلم|كتب|كتبت|كتبه|الكاتب|بواسطة|حوار|تقرير)\\s*[:：\\-–—/]?\\s+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern LIST = Pattern.compile("\\s*(?:[,،;؛|&]|\\band\\b|\\s+و\\s+)\\s*");
  private static final Pattern URL = Pattern.compile("(?i)^(?:https?:|www\\.)|^\\S+\\.\\S+/|@\\S+\\.");
  /** "القاهرة (رويترز) -", "باريس - (أ ف ب) -", "(واس) -", "الرياض - واس:" at a paragraph's start. */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:[^\\s()\\[\\]]{1,20}(?:\\s[^\\s()\\[\\]]{1,20})?\\s*[-–—،,]?\\s*)?[(\\[]([^()\\[\\]]{1,30})[)\\]]\\s*[-–—:]");
  private static final int MAX_NAME_WORDS = 6;
  private static final int MAX_NAME_CHARS = 80;

  private HtmlCredits() {}

  static List<Credit> credits(List<String> rawAuthors, @Nullable String siteName, List<String> body) {
    Set<String> authors = new LinkedHashSet<>();
    Set<String> wires = new LinkedHashSet<>();
    for (String raw : rawAuthors) {
      for (String name : names(raw)) {
        if (WireAgencies.isAgency(name)) {
          wires.add(name);
        } else if (siteName == null || !sameName(name, siteName)) {
          authors.add(name);
        }
      }
    }
    wires.addAll(wireFromText(body));
    List<Credit> credits = new ArrayList<>();
    authors.forEach(a -> credits.add(new Credit(Role.AUTHOR, a)));
    if (siteName != null && !siteName.isBlank()) {
      credits.add(new Credit(Role.SOURCE, siteName));
    }
    wires.forEach(w -> credits.add(new Credit(Role.WIRE, w)));
    return credits;
  }

  /** The names of one author statement: label dropped, list split, URLs and over-long parts out. */
  static List<String> names(String raw) {
    String text = LABEL.matcher(raw.strip()).replaceFirst("");
    List<String> names = new ArrayList<>();
    for (String part : LIST.split(text)) {
      String name = LABEL.matcher(part.strip()).replaceFirst("").replaceAll("^[\\s:/\\-–—]+|[\\s:/\\-–—.]+$", "");
      if (name.isEmpty() || URL.matcher(name).find() || name.length() > MAX_NAME_CHARS
          || name.split("\\s+").length > MAX_NAME_WORDS || !name.codePoints().anyMatch(Character::isLetter)) {
        continue;
      }
      names.add(name);
    }
    return names;
  }

  /** Agencies a dateline at the body's start names, or a short wire-chain line at its start or end. */
  static List<String> wireFromText(List<String> body) {
    List<String> wires = new ArrayList<>();
    if (body.isEmpty()) {
      return wires;
    }
    Matcher m = DATELINE.matcher(body.get(0));
    if (m.find()) {
      for (String part : m.group(1).split("\\s*[/،,]\\s*")) {
        if (WireAgencies.isAgency(part)) {
          wires.add(part.strip());
        }
      }
    }
    List<String> edges = body.size() == 1 ? List.of(body.get(0)) : List.of(body.get(0), body.get(body.size() - 1));
    for (String line : edges) {
      String l = line.replaceFirst("^(?:المصدر|المصادر|source)\\s*:\\s*", "");
      if (l.length() <= 60) {
        wires.addAll(WireAgencies.chain(l).stream().filter(WireAgencies::isAgency).toList());
      }
    }
    return wires;
  }

  /** Whether two names are the same outlet once spelling variants and case are folded. */
  static boolean sameName(String a, String b) {
    return key(a).equals(key(b));
  }

  static String key(String s) {
    return ArabicNormalizer.searchKey(s).toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", "");
  }
}
