package org.marsad.ingest.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.ArticleIds;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;
import org.marsad.model.Precision;

class RecordsReaderTest {
  private static final String RECORD_A = "{\"title\": \"خبر أول\", \"content\": \"نص الخبر الأول.\"}";
  private static final String RECORD_B = "{\"title\": \"خبر ثان\", \"content\": \"نص الخبر الثاني.\"}";
  private static final String RECORD_C = "{\"title\": \"خبر ثالث\", \"content\": \"نص الخبر الثالث.\"}";

  private final RecordsReader reader = new RecordsReader();

  @TempDir Path dir;

  record Result(List<Article> articles, Diagnostics diagnostics, ReadCounts counts) {
    List<String> titles() {
      return articles.stream().map(Article::title).toList();
    }

    List<Diagnostic> errors() {
      return diagnostics.list().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }

    List<String> diagnosticTexts() {
      return diagnostics.list().stream().map(Diagnostic::toString).toList();
    }
  }

  static Result read(RecordsReader reader, InputStream in, String location) throws IOException {
    List<Article> articles = new ArrayList<>();
    Diagnostics diagnostics = new Diagnostics();
    ReadCounts counts = reader.read(in, location, articles::add, diagnostics);
    return new Result(articles, diagnostics, counts);
  }

  private Result read(byte[] bytes, String location) throws IOException {
    return read(reader, new ByteArrayInputStream(bytes), location);
  }

  private Result read(String text, String location) throws IOException {
    return read(text.getBytes(UTF_8), location);
  }

  private Result readFile(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    Diagnostics diagnostics = new Diagnostics();
    ReadCounts counts = reader.read(file, articles::add, diagnostics);
    return new Result(articles, diagnostics, counts);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = RecordsReaderTest.class.getResourceAsStream("/records/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, UTF_8)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void saudiNewsNetShapedRecords() throws IOException {
    Result r = read(resource("saudi-shaped.json"), "2015-07-21.json");

    assertThat(r.counts()).isEqualTo(new ReadCounts(2, 2, 0));
    Article a = r.articles().get(0);
    assertThat(a.id()).isEqualTo(ArticleIds.forUrl("http://sabq.example/news/افتتاح-مكتبة-الحي"));
    assertThat(a.title()).isEqualTo("افتتاح مكتبة عامة جديدة في حي الورود");
    assertThat(a.published()).isNotNull();
    assertThat(a.published().local()).isEqualTo(LocalDateTime.of(2015, 7, 21, 2, 51, 32));
    assertThat(a.published().offset()).isNull();
    assertThat(a.published().precision()).isEqualTo(Precision.SECOND);
    assertThat(a.published().text()).isEqualTo("2015-07-21 02:51:32");
    assertThat(a.credits()).containsExactly(
        new Credit(Credit.Role.AUTHOR, "الرياض: سالم العتيبي"), new Credit(Credit.Role.SOURCE, "sabq"));
    assertThat(a.source()).isEqualTo("sabq");
    assertThat(a.body()).containsExactly(
        "افتتحت أمانة المدينة اليوم مكتبة عامة جديدة في حي الورود تضم آلاف الكتب.",
        "وقال مدير المكتبة إن القاعة مفتوحة للجميع طوال أيام الأسبوع.",
        "ويأمل السكان أن تصبح المكتبة ملتقى ثقافياً للشباب.");
    assertThat(a.provenance().location()).isEqualTo("2015-07-21.json#1");
    assertThat(a.provenance().reader()).isEqualTo("records");
    assertThat(a.provenance().notes()).containsExactly("date from date_extracted");
  }

  @Test
  void titleIsDerivedFromTheBodyWithANoteAndAWarning() throws IOException {
    Result r = read(resource("saudi-shaped.json"), "2015-07-21.json");

    Article b = r.articles().get(1);
    assertThat(b.title()).isEqualTo("انطلق سباق الهجن السنوي بمشاركة واسعة من المتسابقين القادمين من مختلف المناطق الشمالية والجنوبية للمملكة");
    assertThat(b.title().split(" ")).hasSize(15);
    assertThat(b.provenance().notes()).contains("title derived from body");
    assertThat(b.creditNames(Credit.Role.AUTHOR)).isEmpty();
    assertThat(r.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
      assertThat(d.where()).startsWith("2015-07-21.json#2");
      assertThat(d.message()).isEqualTo("title derived from body");
    });
  }

  @Test
  void recordWithOnlyAUrlTakesItsTitleFromTheSlug() throws IOException {
    String record =
        "{\"url\": \"http://www.news.example/node/620227/%D9%83%D9%8A%D9%81-%D8%AA%D8%B3%D8%B9%D9%81-%D8%B7%D9%81%D9%84%D8%A7.html\","
            + " \"title\": \"\", \"content\": \" \"}";
    Result r = read("[" + record + "]", "f.json");

    assertThat(r.titles()).containsExactly("كيف تسعف طفلا");
    assertThat(r.articles().get(0).body()).isEmpty();
    assertThat(r.articles().get(0).provenance().notes()).contains("title derived from URL");
  }

  @Test
  void recordWithOnlyAnIdUrlIsKeptUnderItsUrl() throws IOException {
    Result r = read("[{\"title\": \"\", \"content\": \"\", \"url\": \"http://www.paper.example/1066761\"}]", "f.json");

    assertThat(r.titles()).containsExactly("paper.example/1066761");
    assertThat(r.articles().get(0).provenance().notes()).contains("title derived from URL");
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void recordWithoutTitleBodyAndUrlIsSkippedWithAnError() throws IOException {
    Result r = read("[" + RECORD_A + ", {\"title\": \" \", \"source\": \"x\"}, " + RECORD_B + "]", "f.json");

    assertThat(r.titles()).containsExactly("خبر أول", "خبر ثان");
    assertThat(r.counts()).isEqualTo(new ReadCounts(3, 2, 1));
    assertThat(r.errors()).singleElement().satisfies(d -> {
      assertThat(d.where()).isEqualTo("f.json#2");
      assertThat(d.message()).startsWith("record 2: no title and no body");
    });
  }

  @Test
  void fieldNameVariantsAndDateForms() throws IOException {
    Result r = read(resource("variants.jsonl"), "variants.jsonl");

    assertThat(r.counts()).isEqualTo(new ReadCounts(5, 5, 0));
    Article rain = r.articles().get(0);
    assertThat(rain.title()).isEqualTo("هطول أمطار غزيرة على المرتفعات");
    assertThat(rain.id()).isEqualTo(ArticleIds.forUrl("https://news.example/rain"));
    assertThat(rain.published().iso()).isEqualTo("2021-03-04T10:15:30+03:00");
    assertThat(rain.source()).isEqualTo("وكالة الأنباء التجريبية");
    assertThat(rain.creditNames(Credit.Role.AUTHOR)).containsExactly("منى الزهراني", "خالد يوسف");
    assertThat(rain.tags()).containsExactly("طقس", "أمطار");
    assertThat(rain.provenance().location()).isEqualTo("variants.jsonl:1");

    Article fair = r.articles().get(1);
    assertThat(fair.body()).containsExactly("الفقرة الأولى.", "الفقرة الثانية.");
    assertThat(fair.published().iso()).isEqualTo("2021-03-04T08:00:00Z");
    assertThat(fair.creditNames(Credit.Role.AUTHOR)).containsExactly("سارة أحمد", "علي حسن");
    assertThat(fair.tags()).containsExactly("ثقافة", "كتب");

    Article undated = r.articles().get(2);
    assertThat(undated.published()).isNull();
    assertThat(undated.id()).isEqualTo(ArticleIds.forContent("مصدر", "بلا تاريخ مفهوم", null));
    assertThat(r.diagnosticTexts()).containsExactly("variants.jsonl:3: line 3: date not understood: غير معروف");

    assertThat(r.articles().get(3).published().precision()).isEqualTo(Precision.DAY);
    assertThat(r.articles().get(3).published().iso()).isEqualTo("2020-12-31");
    assertThat(r.articles().get(4).published().local()).isEqualTo(LocalDateTime.of(2015, 7, 21, 2, 41, 32));
  }

  @Test
  void singleLineListsOfPlacesAreNotSplitIntoAuthors() {
    assertThat(RecordMapper.splitNames("الرياض، واس")).containsExactly("الرياض، واس");
    assertThat(RecordMapper.splitNames("جدة، محمد العمري")).containsExactly("جدة، محمد العمري");
    assertThat(RecordMapper.splitNames("محمد العمري، سارة أحمد")).containsExactly("محمد العمري", "سارة أحمد");
  }

  @Test
  void singlePrettyPrintedObject() throws IOException {
    Result r = read("{\n  \"title\": \"خبر وحيد\",\n  \"content\": \"سطر أول\\nسطر ثان\"\n}\n", "one.json");

    assertThat(r.titles()).containsExactly("خبر وحيد");
    assertThat(r.articles().get(0).body()).containsExactly("سطر أول", "سطر ثان");
    assertThat(r.articles().get(0).provenance().location()).isEqualTo("one.json#1");
    assertThat(r.diagnostics().isEmpty()).isTrue();
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    Result r = read(resource("bom.json"), "bom.json");

    assertThat(r.titles()).containsExactly("عنوان بعد علامة الترتيب");
    assertThat(r.diagnostics().isEmpty()).isTrue();
  }

  @Test
  void gzipWrappingJsonlAndArray() throws IOException {
    Result lines = read(gzip((RECORD_A + "\n" + RECORD_B + "\n").getBytes(UTF_8)), "dump.jsonl.gz");
    Result array = read(gzip(("[" + RECORD_A + "," + RECORD_B + "]").getBytes(UTF_8)), "dump.gz");

    assertThat(lines.titles()).containsExactly("خبر أول", "خبر ثان");
    assertThat(lines.articles().get(1).provenance().location()).isEqualTo("dump.jsonl.gz:2");
    assertThat(array.titles()).containsExactly("خبر أول", "خبر ثان");
    assertThat(array.articles().get(1).provenance().location()).isEqualTo("dump.gz#2");
  }

  @Test
  void zipWithTwoEntriesNestedDirectoriesArabicNamesAndANonJsonEntry() throws IOException {
    byte[] zip = zip(
        "2015/", "",
        "2015/07/أخبار-الرياضة.json", "[" + RECORD_A + "," + RECORD_B + "]",
        "README.txt", "Invented test data.",
        "2015-07-22.jsonl", RECORD_C + "\n");
    Path file = dir.resolve("corpus.zip");
    Files.write(file, zip);

    Result r = readFile(file);

    assertThat(r.titles()).containsExactly("خبر أول", "خبر ثان", "خبر ثالث");
    assertThat(r.articles().get(1).provenance().location()).isEqualTo(file + "!/2015/07/أخبار-الرياضة.json#2");
    assertThat(r.articles().get(2).provenance().location()).isEqualTo(file + "!/2015-07-22.jsonl:1");
    assertThat(r.errors()).singleElement().satisfies(d -> {
      assertThat(d.where()).isEqualTo(file + "!/README.txt");
      assertThat(d.message()).contains("not JSON records");
    });
  }

  @Test
  void truncatedArrayKeepsEveryRecordBeforeTheCut() throws IOException {
    String json = "[\n" + RECORD_A + ",\n" + RECORD_B + ",\n{\"title\": \"خبر مقطو";

    Result r = read(json, "cut.json");

    assertThat(r.titles()).containsExactly("خبر أول", "خبر ثان");
    assertThat(r.counts()).isEqualTo(new ReadCounts(3, 2, 1));
    assertThat(r.errors()).singleElement().satisfies(d -> {
      assertThat(d.where()).isEqualTo("cut.json#3");
      assertThat(d.message()).contains("cut off").containsPattern("line 4, column \\d+");
    });
  }

  @Test
  void arrayCutBetweenRecordsIsReported() throws IOException {
    Result r = read("[" + RECORD_A + ",\n" + RECORD_B, "cut.json");

    assertThat(r.titles()).hasSize(2);
    assertThat(r.errors()).singleElement().satisfies(d -> assertThat(d.message()).contains("array not closed", "line 2"));
  }

  @Test
  void badRecordInsideAnArrayCostsOnlyItself() throws IOException {
    Result r = read("[" + RECORD_A + ",\n{\"title\": \"x\" \"content\": 1},\n" + RECORD_B + "]", "bad.json");

    assertThat(r.titles()).containsExactly("خبر أول", "خبر ثان");
    assertThat(r.errors()).singleElement().satisfies(d -> {
      assertThat(d.where()).isEqualTo("bad.json#2");
      assertThat(d.message()).contains("bad JSON at line 2");
    });
  }

  @Test
  void badJsonlLineIsSkippedAndTheRestRead() throws IOException {
    String jsonl = RECORD_A + "\n{\"title\": \"سطر مكسور\", \"content\": \"بلا نهاية\n" + RECORD_B + "\n"
        + "{\"title\": \"آخر\", \n" + RECORD_C + "\n";

    Result r = read(jsonl, "feed.ndjson");

    assertThat(r.titles()).containsExactly("خبر أول", "خبر ثان", "خبر ثالث");
    assertThat(r.errors()).extracting(Diagnostic::where).containsExactly("feed.ndjson:2", "feed.ndjson:4");
    assertThat(r.articles().get(2).provenance().location()).isEqualTo("feed.ndjson:5");
  }

  @Test
  void jsonlIsRecognisedByContentWhateverTheName() throws IOException {
    String jsonl = RECORD_A + "\n{\"title\": \"مكسور\", \n" + RECORD_B + "\n";

    Result r = read(jsonl, "export.json");

    assertThat(r.titles()).containsExactly("خبر أول", "خبر ثان");
    assertThat(r.errors()).extracting(Diagnostic::where).containsExactly("export.json:2");
  }

  @Test
  void binaryFileGivesOneClearErrorAndNoException() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    Result r = read(png, "photo.json");

    assertThat(r.articles()).isEmpty();
    assertThat(r.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
      assertThat(d.where()).isEqualTo("photo.json");
      assertThat(d.message()).contains("not JSON records", "0x89");
    });
  }

  @Test
  void emptyFileGivesADiagnosticAndNoArticles() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.json"));

    Result r = readFile(empty);

    assertThat(r.articles()).isEmpty();
    assertThat(r.counts()).isEqualTo(ReadCounts.NONE);
    assertThat(r.diagnostics().list()).singleElement().satisfies(d -> assertThat(d.message()).contains("empty"));
  }

  @Test
  void idsAreDeterministic() throws IOException {
    String json = "[{\"title\": \"خبر بلا رابط\", \"content\": \"نص.\", \"source\": \"مصدر\", \"date\": \"2020-01-02\"}]";

    Article first = read(json, "a.json").articles().get(0);
    Article again = read(json, "b.json").articles().get(0);

    assertThat(first.id()).isEqualTo(again.id())
        .isEqualTo(ArticleIds.forContent("مصدر", "خبر بلا رابط", first.published()));
  }

  @Test
  void invalidUtf8IsReplacedAndReportedNotFatal() throws IOException {
    byte[] head = "[{\"title\": \"عنوان ".getBytes(UTF_8);
    byte[] tail = "\", \"content\": \"نص.\"}]".getBytes(UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.write(0xC3);
    out.write(0x28);
    out.writeBytes(tail);

    Result r = read(out.toByteArray(), "broken.json");

    assertThat(r.titles()).singleElement().satisfies(t -> assertThat(t).contains("\uFFFD"));
    assertThat(r.diagnostics().list()).singleElement().satisfies(d -> assertThat(d.message()).contains("invalid UTF-8"));
  }

  @Test
  void ioFailureOfTheSourceThrowsWithTheLocation() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };

    assertThatThrownBy(() -> read(reader, failing, "dump.json"))
        .isInstanceOf(IOException.class).hasMessageContaining("dump.json").hasMessageContaining("disk on fire");
    assertThatThrownBy(() -> readFile(dir.resolve("missing.json")))
        .isInstanceOf(IOException.class).hasMessageContaining("missing.json");
  }

  @Test
  void sinkFailurePropagatesUnchanged() {
    IOException full = new IOException("store full");
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(("[" + RECORD_A + "]").getBytes(UTF_8)),
        "a.json", a -> {
          throw full;
        }, new Diagnostics())).isSameAs(full);
  }

  @Test
  void canReadByExtensionOrMagicBytes() throws IOException {
    assertThat(RecordsReader.canRead(dir.resolve("x.JSONL"))).isTrue();
    assertThat(RecordsReader.canRead(dir.resolve("x.json.gz"))).isTrue();
    assertThat(RecordsReader.canRead(dir.resolve("x.zip"))).isTrue();
    Path dat = Files.write(dir.resolve("dump.dat"), "  [{}]".getBytes(UTF_8));
    Path txt = Files.write(dir.resolve("notes.txt"), "plain".getBytes(UTF_8));
    Path gz = Files.write(dir.resolve("dump.bin"), gzip(new byte[] {'['}));
    assertThat(RecordsReader.canRead(dat)).isTrue();
    assertThat(RecordsReader.canRead(gz)).isTrue();
    assertThat(RecordsReader.canRead(txt)).isFalse();
    assertThat(RecordsReader.canRead(dir.resolve("absent.txt"))).isFalse();
  }
}
