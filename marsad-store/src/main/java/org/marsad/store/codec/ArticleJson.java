package org.marsad.store.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.TemporalExpression;
import org.marsad.arabic.dates.TemporalTagger;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.model.RelatedRef;

/**
 * Converts articles to and from JSON. {@code published} is ISO-8601 at the precision the page
 * gave; {@code publishedPrecision}, {@code publishedZone} and {@code provenance} keep the rest so
 * that the round trip is lossless. {@code dates} lists the body's temporal expressions resolved
 * against the publication date (none without one), with spans into {@link Article#text()}; it is
 * derived, so only the output form ({@link #toNode}) carries it: the stored form ({@link #toJson})
 * leaves it out, which keeps tagging off the ingest path, and reading ignores it. Thread-safe.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TemporalTagger DATES = new TemporalTagger();

  private ArticleJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The article as users see it: every field, and the derived {@code dates}. */
  public static ObjectNode toNode(Article a) {
    return node(a, true);
  }

  private static ObjectNode node(Article a, boolean derived) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("url", a.url());
    n.put("title", a.title());
    putPublished(n, a.published());
    n.put("source", a.source());
    ArrayNode credits = n.putArray("credits");
    for (Credit c : a.credits()) {
      credits.addObject().put("role", c.role().key()).put("name", c.name());
    }
    ArrayNode body = n.putArray("body");
    a.body().forEach(body::add);
    ArrayNode tags = n.putArray("tags");
    a.tags().forEach(tags::add);
    ArrayNode related = n.putArray("related");
    for (RelatedRef r : a.related()) {
      ObjectNode o = related.addObject();
      o.put("id", r.id());
      o.put("title", r.title());
      o.put("source", r.source());
      putPublished(o, r.published());
      o.put("url", r.url());
    }
    if (derived) {
      putDates(n, a);
    }
    Provenance p = a.provenance();
    ObjectNode prov = n.putObject("provenance");
    prov.put("location", p.location());
    prov.put("reader", p.reader());
    prov.put("embeddedIn", p.embeddedIn());
    ArrayNode notes = prov.putArray("notes");
    p.notes().forEach(notes::add);
    return n;
  }

  /** The stored form: every field of the article, nothing derived; {@link #fromJson} reads it back. */
  public static String toJson(Article a) {
    try {
      return MAPPER.writeValueAsString(node(a, false));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("article " + a.id() + " cannot be written as JSON", e);
    }
  }

  /** Reads what {@link #toJson} wrote. */
  public static Article fromJson(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("json: not an article: " + e.getOriginalMessage(), e);
    }
    List<Credit> credits = new ArrayList<>();
    n.path("credits").forEach(c -> credits.add(new Credit(Credit.Role.fromKey(c.path("role").asText()), c.path("name").asText())));
    List<RelatedRef> related = new ArrayList<>();
    n.path("related")
        .forEach(
            r ->
                related.add(
                    new RelatedRef(
                        r.path("id").asText(),
                        r.path("title").asText(),
                        text(r, "source"),
                        readPublished(r),
                        text(r, "url"))));
    JsonNode p = n.path("provenance");
    List<String> notes = new ArrayList<>();
    p.path("notes").forEach(x -> notes.add(x.asText()));
    return new Article(
        n.path("id").asText(),
        text(n, "url"),
        n.path("title").asText(),
        strings(n.path("body")),
        readPublished(n),
        text(n, "source"),
        credits,
        strings(n.path("tags")),
        related,
        new Provenance(p.path("location").asText(), p.path("reader").asText(), text(p, "embeddedIn"), notes));
  }

  private static void putPublished(ObjectNode n, @Nullable Published p) {
    if (p == null) {
      n.putNull("published");
      n.putNull("publishedText");
      return;
    }
    n.put("published", p.iso());
    n.put("publishedText", p.text());
    n.put("publishedPrecision", p.precision().name().toLowerCase(java.util.Locale.ROOT));
    n.put("publishedLocal", p.local().toString());
    n.put("publishedZone", p.offset() == null ? null : p.offset().getId());
  }

  private static @Nullable Published readPublished(JsonNode n) {
    String local = text(n, "publishedLocal");
    if (local == null) {
      return null;
    }
    String zone = text(n, "publishedZone");
    return new Published(
        LocalDateTime.parse(local),
        zone == null ? null : ZoneOffset.of(zone),
        n.path("publishedText").asText(),
        Precision.valueOf(n.path("publishedPrecision").asText().toUpperCase(java.util.Locale.ROOT)));
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  /** The body's temporal expressions; relative ones mean nothing without a publication date. */
  private static void putDates(ObjectNode n, Article a) {
    ArrayNode dates = n.putArray("dates");
    if (a.published() == null) {
      return;
    }
    for (TemporalExpression e : DATES.tag(a.text(), a.published())) {
      ObjectNode o = dates.addObject();
      o.put("text", e.text());
      o.put("start", e.start().toString());
      o.put("end", e.end().toString());
      o.put("grain", e.grain().name().toLowerCase(java.util.Locale.ROOT));
      o.putObject("span").put("start", e.span().start()).put("end", e.span().end());
    }
  }
}
