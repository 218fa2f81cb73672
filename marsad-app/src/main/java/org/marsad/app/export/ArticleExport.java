package org.marsad.app.export;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import org.marsad.enrich.Enricher;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.codec.ArticleJson;

/** Writes stored articles in one {@link Format}, streaming them from the store. Stateless. */
public final class ArticleExport {
  /** The UTF-8 byte order mark, which spreadsheets need to read a CSV file as UTF-8. */
  static final char BOM = '\uFEFF';

  /** What an export writes. */
  public enum Format {
    /**
     * One article per line, compact, as {@link ArticleJson#toNode} gives it with its annotation
     * layers brought up to date (as {@code show --json} shows it); lines end in LF.
     */
    JSONL,
    /** RFC 4180 with a header, {@link ArticleCsv}'s columns; records end in CRLF. */
    CSV
  }

  private ArticleExport() {}

  /**
   * Writes every article the filter matches (all when null), earliest published first, to {@code
   * out}, which is neither flushed nor closed.
   *
   * @param bom whether to start with a byte order mark
   * @return articles written
   */
  public static long write(ArticleStore store, @Nullable SearchRequest filter, Format format, boolean bom, Writer out)
      throws IOException {
    if (bom) {
      out.write(BOM);
    }
    long[] written = {0};
    if (format == Format.CSV) {
      CsvWriter csv = new CsvWriter(out);
      csv.record(ArticleCsv.COLUMNS);
      store.forEachArticle(filter, a -> {
        csv.record(ArticleCsv.record(a));
        written[0]++;
      });
    } else {
      store.forEachArticle(filter, a -> {
        out.write(ArticleJson.mapper().writeValueAsString(ArticleJson.toNode(Enricher.standard().enrich(a))));
        out.write('\n');
        written[0]++;
      });
    }
    return written[0];
  }
}
