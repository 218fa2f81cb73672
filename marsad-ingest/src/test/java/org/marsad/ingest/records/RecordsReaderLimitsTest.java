package org.marsad.ingest.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;

/** Size limits and streaming: what keeps memory bounded on large and hostile input. */
class RecordsReaderLimitsTest {

  @Test
  void streamsAHundredThousandRecordArrayWithoutHoldingIt() throws IOException {
    AtomicLong count = new AtomicLong();
    AtomicLong lastTitleLength = new AtomicLong();
    Diagnostics diagnostics = new Diagnostics();

    ReadCounts counts = new RecordsReader().read(GeneratedInput.array(100_000), "big.json", a -> {
      count.incrementAndGet();
      lastTitleLength.set(a.title().length());
    }, diagnostics);

    assertThat(count.get()).isEqualTo(100_000);
    assertThat(counts).isEqualTo(new ReadCounts(100_000, 100_000, 0));
    assertThat(diagnostics.isEmpty()).isTrue();
  }

  @Test
  void aTwoHundredMegabyteStringSkipsItsRecordOnly() throws IOException {
    byte[] before = "[{\"title\": \"قبل\", \"content\": \"نص.\"},\n{\"title\": \"ضخم\", \"content\": \"".getBytes(UTF_8);
    byte[] after = "\"},\n{\"title\": \"بعد\", \"content\": \"نص.\"}]".getBytes(UTF_8);
    byte[] mb = new byte[1 << 20];
    Arrays.fill(mb, (byte) 'x');
    long pieces = 2 + 200;
    GeneratedInput in = new GeneratedInput(pieces, i -> i == 0 ? before : i == pieces - 1 ? after : mb);
    StringBuilder titles = new StringBuilder();
    Diagnostics diagnostics = new Diagnostics();

    ReadCounts counts = new RecordsReader().read(in, "huge.json", a -> titles.append(a.title()).append('|'), diagnostics);

    assertThat(titles).hasToString("قبل|بعد|");
    assertThat(counts).isEqualTo(new ReadCounts(3, 2, 1));
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.where()).isEqualTo("huge.json#2");
      assertThat(d.message()).contains("longer than");
    });
  }

  @Test
  void zipEntryOverTheCapIsReportedAndTheArchiveLeft() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, UTF_8)) {
      zip.putNextEntry(new ZipEntry("small.json"));
      zip.write("[{\"title\": \"صغير\", \"content\": \"نص.\"}]".getBytes(UTF_8));
      zip.putNextEntry(new ZipEntry("bomb.json"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 8; i++) {
        zip.write(spaces);
      }
      zip.putNextEntry(new ZipEntry("after.json"));
      zip.write("[{\"title\": \"بعد\", \"content\": \"نص.\"}]".getBytes(UTF_8));
    }
    Diagnostics diagnostics = new Diagnostics();
    StringBuilder titles = new StringBuilder();

    new RecordsReader(4 << 20, 1 << 20).read(new ByteArrayInputStream(out.toByteArray()), "bomb.zip",
        a -> titles.append(a.title()), diagnostics);

    assertThat(titles).hasToString("صغير");
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
      assertThat(d.where()).isEqualTo("bomb.zip!/bomb.json");
      assertThat(d.message()).contains("bomb");
    });
  }
}
