package org.marsad.app.export;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;
import org.marsad.model.Credit;

/**
 * An article as one CSV record, for spreadsheets. Article text is untrusted, and a spreadsheet
 * runs a cell starting with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or CR, which
 * some read past) as a formula, so such a cell gets a leading {@code '} (OWASP's advice on CSV
 * injection): a spreadsheet shows the text, and a script reading the CSV sees the quote. Stateless.
 */
public final class ArticleCsv {
  /** The header. Lists are joined by {@value #LIST_SEPARATOR}, paragraphs by a blank line. */
  public static final List<String> COLUMNS =
      List.of("id", "url", "title", "published", "published_text", "source", "authors", "wires", "tags", "body", "provenance");

  static final String LIST_SEPARATOR = "; ";

  private ArticleCsv() {}

  /** The article's cells, in {@link #COLUMNS} order, each {@link #defused}. */
  public static List<String> record(Article a) {
    return List.of(
            a.id(),
            orEmpty(a.url()),
            a.title(),
            a.published() == null ? "" : a.published().iso(),
            a.published() == null ? "" : a.published().text(),
            orEmpty(a.source()),
            String.join(LIST_SEPARATOR, a.creditNames(Credit.Role.AUTHOR)),
            String.join(LIST_SEPARATOR, a.creditNames(Credit.Role.WIRE)),
            String.join(LIST_SEPARATOR, a.tags()),
            a.text(),
            a.provenance().location())
        .stream()
        .map(ArticleCsv::defused)
        .toList();
  }

  /** The value with a leading {@code '} when a spreadsheet would read it as a formula. */
  public static String defused(String value) {
    if (value.isEmpty()) {
      return value;
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
