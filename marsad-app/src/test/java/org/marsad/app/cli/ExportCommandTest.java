package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad export} end to end, through {@link Main#run}: what it writes read back by strict readers. */
class ExportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Three records; the second's body has commas, quotes and two paragraphs, its title a formula. */
  static final String RECORDS =
      "{\"source\":\"was\",\"url\":\"http://news.example/a/1\",\"published\":\"2015-07-21\",\"title\":\"أمطار غزيرة تغمر شوارع المدينة الساحلية\",\"author\":\"سارة أحمد\",\"tags\":[\"طقس\",\"سيول\"],\"content\":\"شهدت المدينة الساحلية أمطارا غزيرة.\"}\n"
          + "{\"source\":\"okaz\",\"url\":\"http://news.example/a/2\",\"published\":\"2015-08-02 10:00:00\",\"title\":\"=HYPERLINK(\\\"http://evil.example\\\")\",\"content\":\"قال المتحدث: \\\"نعم، سنفتتح المعرض\\\", ثم غادر.\\n\\n-السطر الثاني، مع فاصلة.\"}\n"
          + "{\"source\":\"okaz\",\"url\":\"http://news.example/a/3\",\"published\":\"2015-09-01 08:30:00\",\"title\":\"افتتاح معرض الكتاب بمشاركة واسعة\",\"content\":\"افتتح معرض الكتاب أبوابه للزوار.\"}\n";

  @TempDir Path tmp;
  private Path data;
  private final Map<String, String> env = new HashMap<>();
  private String out;
  private String err;

  @BeforeEach
  void ingest() throws IOException {
    Path inputs = Files.createDirectories(tmp.resolve("in"));
    data = tmp.resolve("data");
    Files.writeString(inputs.resolve("records.jsonl"), RECORDS, StandardCharsets.UTF_8);
    assertThat(run("--data", data.toString(), "ingest", inputs.toString())).as(err).isEqualTo(ExitCodes.OK);
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e), env);
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void csvIsRfc4180WithAHeaderCrlfAndEveryArticleEarliestFirst() throws IOException {
    Path file = tmp.resolve("articles.csv");
    assertThat(run("--data", data.toString(), "export", "--format", "csv", "--out", file.toString())).as(err).isEqualTo(ExitCodes.OK);
    assertThat(err).contains("exported 3 articles");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("id,url,title,published,").endsWith("\r\n").doesNotStartWith("\uFEFF");
    List<List<String>> rows = Rfc4180.parse(text);
    List<String> header = rows.get(0);
    assertThat(header).startsWith("id", "url", "title", "published", "published_text", "source", "authors", "wires", "tags", "body");
    assertThat(rows).hasSize(4).allMatch(r -> r.size() == header.size());
    Map<String, String> first = row(header, rows.get(1));
    assertThat(first.get("published")).isEqualTo("2015-07-21");
    assertThat(first.get("authors")).isEqualTo("سارة أحمد");
    assertThat(first.get("tags")).isEqualTo("طقس; سيول");
    Map<String, String> second = row(header, rows.get(2));
    assertThat(second.get("url")).isEqualTo("http://news.example/a/2");
    assertThat(second.get("body")).isEqualTo("قال المتحدث: \"نعم، سنفتتح المعرض\", ثم غادر.\n\n-السطر الثاني، مع فاصلة.");
    assertThat(second.get("title")).as("formula defused").isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    assertThat(row(header, rows.get(3)).get("url")).isEqualTo("http://news.example/a/3");
  }

  @Test
  void bomAndAFilterAndStandardOutput() throws IOException {
    assertThat(run("--data", data.toString(), "export", "--source", "okaz", "--from", "2015-09-01", "--format", "CSV", "--bom", "--out", "-"))
        .as(err).isEqualTo(ExitCodes.OK);
    assertThat(out).startsWith("\uFEFFid,");
    List<List<String>> rows = Rfc4180.parse(out.substring(1));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(1)).isEqualTo("http://news.example/a/3");

    assertThat(run("--data", data.toString(), "export", "--q", "معرض", "--format", "jsonl", "--out", "-")).isEqualTo(ExitCodes.OK);
    assertThat(out.split("\n")).hasSize(2);
  }

  @Test
  void jsonlLinesAreCompactAndTheArticleFieldsOfShowJson() throws IOException {
    Path file = tmp.resolve("articles.jsonl");
    assertThat(run("--data", data.toString(), "export", "--format", "jsonl", "--out", file.toString())).as(err).isEqualTo(ExitCodes.OK);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    for (String line : lines) {
      JsonNode exported = JSON.readTree(line);
      assertThat(line).doesNotContain("\n  ");
      assertThat(run("--data", data.toString(), "show", "--json", exported.path("id").asText())).isEqualTo(ExitCodes.OK);
      ObjectNode shown = (ObjectNode) JSON.readTree(out);
      for (String added : List.of("duplicateOf", "copies", "storyId", "related")) {
        shown.remove(added);
      }
      assertThat(exported).isEqualTo(shown);
      assertThat(exported.has("readAlso")).isTrue();
    }
    assertThat(JSON.readTree(lines.get(0)).path("published").asText()).isEqualTo("2015-07-21");
  }

  @Test
  void aBadFormatIsAUsageErrorAndWritesNothing() {
    Path file = tmp.resolve("x.csv");
    assertThat(run("--data", data.toString(), "export", "--format", "xml", "--out", file.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("jsonl or csv");
    assertThat(file).doesNotExist();
    assertThat(run("--data", data.toString(), "export", "--format", "csv")).isEqualTo(ExitCodes.USAGE);
  }

  private static Map<String, String> row(List<String> header, List<String> cells) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      m.put(header.get(i), cells.get(i));
    }
    return m;
  }

  /** A strict RFC 4180 reader: records end in CRLF; a quoted field may hold anything, quotes doubled. */
  static final class Rfc4180 {
    private Rfc4180() {}

    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        if (text.charAt(i) == '"') {
          i++;
          while (true) {
            if (i >= text.length()) {
              throw new IllegalArgumentException("unterminated quoted field");
            }
            char c = text.charAt(i++);
            if (c == '"') {
              if (i < text.length() && text.charAt(i) == '"') {
                field.append('"');
                i++;
              } else {
                break;
              }
            } else {
              field.append(c);
            }
          }
        } else {
          while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
            char c = text.charAt(i++);
            if (c == '"' || c == '\n') {
              throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " in an unquoted field at " + (i - 1));
            }
            field.append(c);
          }
        }
        row.add(field.toString());
        field.setLength(0);
        if (i >= text.length()) {
          throw new IllegalArgumentException("last record does not end in CRLF");
        }
        if (text.charAt(i) == ',') {
          i++;
        } else if (text.startsWith("\r\n", i)) {
          i += 2;
          rows.add(row);
          row = new ArrayList<>();
        } else {
          throw new IllegalArgumentException("expected , or CRLF at " + i);
        }
      }
      return rows;
    }
  }
}
