package org.marsad.arabic.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Reads the table-driven cases under {@code src/test/resources/dates}; {@code #} lines are comments. */
final class TsvCases {
  private TsvCases() {}

  static List<Arguments> read(String name) {
    try (InputStream in = TsvCases.class.getResourceAsStream("/dates/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Arguments> rows = new ArrayList<>();
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        List<Object> cells = new ArrayList<>(List.of((Object[]) line.split("\t", -1)));
        cells.add(0, name + ":" + lineNo);
        rows.add(Arguments.of(cells.toArray()));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
