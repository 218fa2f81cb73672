package org.marsad.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.eval.sample.HashHalves;
import org.marsad.store.codec.ArticleJson;

/**
 * The trafilatura snippet set: {@code evaldata.json} maps a URL to {@code {file, with, without}};
 * pages are under {@code html/}. A {@code with} snippet must occur in the extracted text, a {@code
 * without} snippet must not; both compared after collapsing whitespace. Entries whose page is
 * missing are skipped.
 */
public final class SnippetsEval {

  /** Share of {@code with} snippets found and of {@code without} snippets avoided. */
  public record Score(double withFound, double withoutAvoided) {
    ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("withFound", ZyteEval.round(withFound));
      n.put("withoutAvoided", ZyteEval.round(withoutAvoided));
      return n;
    }
  }

  /** A snippet Marsad got wrong, to look at. */
  public record Miss(String file, String kind, String snippet) {}

  /** Scores of both tools on the same pages, and Marsad's misses. */
  /**
   * Scores of both tools on the same pages, Marsad's misses, and Marsad's score on each hash half
   * of the pages ({@code sha1(url) % 2}: 0 tuned on, 1 only checked).
   */
  public record Result(int pages, int withCount, int withoutCount, Score marsad, Score readability4j, List<Miss> marsadMisses,
      Map<String, String> marsadTexts, List<Score> marsadHalves) {
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("marsad.withFound", marsad.withFound());
      m.put("marsad.withoutAvoided", marsad.withoutAvoided());
      m.put("readability4j.withFound", readability4j.withFound());
      m.put("readability4j.withoutAvoided", readability4j.withoutAvoided());
      for (int h = 0; h < 2; h++) {
        m.put(ZyteEval.HALF_NAMES[h] + ".withFound", marsadHalves.get(h).withFound());
        m.put(ZyteEval.HALF_NAMES[h] + ".withoutAvoided", marsadHalves.get(h).withoutAvoided());
      }
      return m;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "extract-snippets");
      n.put("pages", pages);
      n.set("marsad", marsad.toJson());
      n.set("readability4j", readability4j.toJson());
      for (int h = 0; h < 2; h++) {
        n.set(ZyteEval.HALF_NAMES[h], marsadHalves.get(h).toJson());
      }
      return n;
    }
  }

  record Entry(String url, String file, List<String> with, List<String> without) {}

  public Result run(Path dir, PageExtractor marsad, PageExtractor peer) throws IOException {
    int[] m = new int[2];
    int[] r = new int[2];
    int withCount = 0;
    int withoutCount = 0;
    // By half: snippets found, "with" snippets, snippets avoided, "without" snippets.
    int[][] halves = new int[2][4];
    int pages = 0;
    List<Miss> misses = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Entry e : entries(dir)) {
      Path page = dir.resolve("html").resolve(e.file());
      if (!Files.isRegularFile(page)) {
        continue;
      }
      String html = HtmlFiles.read(page);
      String mText = normalize(marsad.text(html, e.url()));
      String rText = normalize(peer.text(html, e.url()));
      texts.put(e.file(), mText);
      pages++;
      withCount += e.with().size();
      withoutCount += e.without().size();
      int[] half = halves[HashHalves.of(e.url())];
      half[1] += e.with().size();
      half[3] += e.without().size();
      for (String s : e.with()) {
        String n = normalize(s);
        if (mText.contains(n)) {
          m[0]++;
          half[0]++;
        } else {
          misses.add(new Miss(e.file(), "with", s));
        }
        r[0] += rText.contains(n) ? 1 : 0;
      }
      for (String s : e.without()) {
        String n = normalize(s);
        if (!mText.contains(n)) {
          m[1]++;
          half[2]++;
        } else {
          misses.add(new Miss(e.file(), "without", s));
        }
        r[1] += rText.contains(n) ? 0 : 1;
      }
    }
    return new Result(pages, withCount, withoutCount, score(m, withCount, withoutCount),
        score(r, withCount, withoutCount), misses, texts,
        List.of(halfScore(halves[0]), halfScore(halves[1])));
  }

  private static Score halfScore(int[] h) {
    return score(new int[] {h[0], h[2]}, h[1], h[3]);
  }

  private static Score score(int[] hits, int withCount, int withoutCount) {
    return new Score(withCount == 0 ? 0 : (double) hits[0] / withCount, withoutCount == 0 ? 0 : (double) hits[1] / withoutCount);
  }

  /** Whitespace runs (including no-break spaces) become one space; ends trimmed. */
  static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  static List<Entry> entries(Path dir) throws IOException {
    JsonNode root = ArticleJson.mapper().readTree(Files.readString(dir.resolve("evaldata.json"), StandardCharsets.UTF_8));
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      JsonNode v = e.getValue();
      String file = v.path("file").asText("");
      if (!file.isEmpty()) {
        out.add(new Entry(e.getKey(), file, strings(v.path("with")), strings(v.path("without"))));
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
