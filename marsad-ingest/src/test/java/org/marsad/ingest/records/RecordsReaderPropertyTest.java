package org.marsad.ingest.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;

/** Hostile content never throws; a cut file never loses the records before the cut. */
class RecordsReaderPropertyTest {
  private static final String RECORD = "{\"title\": \"خبر %d\", \"content\": \"نص \\\"مقتبس\\\" [قوس] {معقوف}.\"}";

  @Property(tries = 300)
  void arbitraryBytesNeverThrow(@ForAll @Size(max = 300) byte[] bytes) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    ReadCounts counts = new RecordsReader().read(new ByteArrayInputStream(bytes), "random.bin", a -> {}, diagnostics);

    assertThat(counts.recordsSeen()).isEqualTo(counts.articlesEmitted() + counts.recordsSkipped());
  }

  @Property(tries = 200)
  void aCutArrayKeepsEveryCompleteRecord(@ForAll @IntRange(min = 1, max = 8) int records, @ForAll double cutAt)
      throws IOException {
    StringBuilder json = new StringBuilder("[\n");
    List<Integer> ends = new ArrayList<>();
    for (int i = 1; i <= records; i++) {
      json.append(String.format(java.util.Locale.ROOT, RECORD, i));
      ends.add(json.toString().getBytes(UTF_8).length);
      json.append(i < records ? ",\n" : "\n]");
    }
    byte[] bytes = json.toString().getBytes(UTF_8);
    int cut = (int) Math.floor(Math.abs(cutAt % 1.0) * bytes.length);
    List<Article> read = new ArrayList<>();

    new RecordsReader().read(new ByteArrayInputStream(bytes, 0, cut), "cut.json", read::add, new Diagnostics());

    long complete = ends.stream().filter(end -> end <= cut).count();
    assertThat(read).hasSize((int) complete);
  }
}
