package org.marsad.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 defines it: fields separated by commas, records ended by CRLF, and a field
 * that holds a comma, a double quote, CR or LF enclosed in double quotes with its quotes doubled.
 * Every record should have as many fields as the header. Values are written as given; see {@link
 * ArticleCsv} for what spreadsheets need on top. Not thread-safe.
 */
public final class CsvWriter {
  private final Writer out;

  /** @param out where records go; flushing and closing it is the caller's */
  public CsvWriter(Writer out) {
    this.out = out;
  }

  public void record(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      field(fields.get(i));
    }
    out.write("\r\n");
  }

  private void field(String value) throws IOException {
    if (!needsQuotes(value)) {
      out.write(value);
      return;
    }
    out.write('"');
    out.write(value.replace("\"", "\"\""));
    out.write('"');
  }

  static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
