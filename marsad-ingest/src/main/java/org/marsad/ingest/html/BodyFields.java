package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.marsad.ingest.page.WireAgencies;

/**
 * Lines of the extracted text that are fields of the article, not paragraphs: a byline at the top
 * or the foot ("بقلم: واس", "كتب - محمد علي", "By Jane Doe") and a wire-credit line ("المصدر: أ ف
 * ب"), which become credits (an agency named in a byline becomes a wire credit, as {@link
 * HtmlCredits} decides), and the headline repeated at the top, which is the title. Stateless.
 */
final class BodyFields {
  private BodyFields() {}

  /** Bylines sit among the first lines or the last ones. */
  private static final int HEAD_LINES = 3;
  private static final int FOOT_LINES = 2;
  private static final int MAX_NAME_WORDS = 5;
  /** A wire-credit line is a few names. */
  private static final int MAX_WIRE_LINE = 60;
  private static final Pattern SOURCE_LABEL = Pattern.compile(
      "^\\s*(?:المصدر|المصادر|مصدر الخبر|نقلا عن|source|sources)\\s*[:：\\-–—]\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A byline's start: a label that only ever introduces names ("بقلم", "By"), or one that may
   * start a sentence ("كتب") when a colon or dash sets the name apart ("كتب: ...", "كتب - ...").
   */
  private static final Pattern BYLINE_START = Pattern.compile(
      "^\\s*(?:(?:بقلم|by|written by|إعداد|اعداد)(?:\\s*[:：\\-–—/])?\\s|(?:كتب|كتبت|كتبه|كتبها|الكاتب|الكاتبة|حوار|تقرير)\\s*[:：\\-–—/])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Takes the byline lines out of {@code body} (changed in place) and returns what they name, as
   * written after the label. A line stays when what follows the label is not a short name.
   */
  static List<String> takeBylines(List<String> body, HtmlVisibleMeta visible) {
    List<String> names = new ArrayList<>();
    for (int i = body.size() - 1; i >= 0; i--) {
      if (i >= HEAD_LINES && i < body.size() - FOOT_LINES || body.size() == 1) {
        continue;
      }
      String line = body.get(i);
      if (!BYLINE_START.matcher(line).find() || TextScores.endsSentence(line) && !line.endsWith(":")) {
        continue;
      }
      String name = visible.byline(line);
      List<String> parts = name == null ? List.of() : HtmlCredits.names(name);
      if (!parts.isEmpty() && parts.stream().allMatch(p -> p.split("\\s+").length <= MAX_NAME_WORDS)) {
        names.add(0, name);
        body.remove(i);
      }
    }
    return names;
  }

  /**
   * Takes the wire-credit lines out of the top or the foot of {@code body} (changed in place):
   * a line that is only a chain of news agencies, after a source label or none ("المصدر: أ ف ب",
   * "(واس)", "رويترز"); returns the agencies in chain order. A chain that names an outlet which is
   * not an agency stays, so no name is lost.
   */
  static List<String> takeWireLines(List<String> body) {
    List<String> wires = new ArrayList<>();
    for (int i = body.size() - 1; i >= 0; i--) {
      if (i >= HEAD_LINES && i < body.size() - FOOT_LINES || body.size() == 1 || body.get(i).length() > MAX_WIRE_LINE) {
        continue;
      }
      List<String> chain = WireAgencies.chain(SOURCE_LABEL.matcher(body.get(i)).replaceFirst(""));
      if (!chain.isEmpty() && chain.stream().allMatch(WireAgencies::isAgency)) {
        wires.addAll(0, chain);
        body.remove(i);
      }
    }
    return wires;
  }

  /** Drops the first of the leading lines that repeats the title, unless it is the only line. */
  static void dropHeadline(List<String> body, String title) {
    for (int i = 0; i < Math.min(HEAD_LINES, body.size()) && body.size() > 1; i++) {
      if (Headlines.repeatsTitle(body.get(i), List.of(title))) {
        body.remove(i);
        return;
      }
    }
  }
}
