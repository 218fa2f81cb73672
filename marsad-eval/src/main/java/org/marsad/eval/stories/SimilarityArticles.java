package org.marsad.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.store.codec.ArticleJson;

/**
 * The articles of a similarity set ({@code articles.jsonl}: id, url, title, published, text) as
 * Marsad articles: the body split into paragraphs at line breaks, the source the URL's host,
 * a missing or unreadable date left out.
 */
final class SimilarityArticles {
  private SimilarityArticles() {}

  static List<Article> read(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode j = ArticleJson.mapper().readTree(line);
        String id = j.path("id").asText("");
        if (id.isBlank()) {
          throw new IOException(file + ":" + n + ": no id");
        }
        String url = j.path("url").asText(null);
        List<String> body = Arrays.stream(j.path("text").asText("").split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        articles.add(new Article(id, url, j.path("title").asText(""), body, published(j.path("published").asText(null)),
            host(url), List.of(), List.of(), List.of(), Provenance.of(file + ":" + n, "similarity-eval")));
      }
    }
    return articles;
  }

  private static @Nullable Published published(@Nullable String text) {
    if (text == null || text.isBlank() || text.equals("None") || text.equals("null")) {
      return null;
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(text);
      return new Published(t.toLocalDateTime(), t.getOffset(), text, Precision.SECOND);
    } catch (DateTimeParseException e) {
      // not with an offset; try the plainer forms
    }
    try {
      return new Published(LocalDateTime.parse(text), null, text, Precision.MINUTE);
    } catch (DateTimeParseException e) {
      // not a local date-time either
    }
    try {
      return new Published(LocalDate.parse(text).atStartOfDay(), null, text, Precision.DAY);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
