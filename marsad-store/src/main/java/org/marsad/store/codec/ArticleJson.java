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
import org.marsad.model.AnnotationLayer;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.model.RelatedRef;
import org.marsad.model.TimeAnnotation;

/**
 * Converts articles to and from JSON. {@code published} is ISO-8601 at the precision the page
 * gave; {@code publishedPrecision}, {@code publishedZone} and {@code provenance} keep the rest so
 * that the round trip is lossless. {@code readAlso} is the page's own links ({@code related} in
 * articles stored before it was renamed, still read). {@code annotations} holds what the
 * enrichment stages found, layer by kind with the version that made it ({@link AnnotationJson});
 * the output form ({@link #toNode}) also shows the dates layer flat as {@code dates}, as the API
 * always has. The codec derives nothing: an article shows the layers it was enriched with.
 * Thread-safe.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The article as users see it: every field, and its dates layer flat as {@code dates}. */
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
    ArrayNode related = n.putArray("readAlso");
    for (RelatedRef r : a.readAlso()) {
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
    n.set("annotations", AnnotationJson.toNode(MAPPER, a.annotations()));
    Provenance p = a.provenance();
    ObjectNode prov = n.putObject("provenance");
    prov.put("location", p.location());
    prov.put("reader", p.reader());
    prov.put("embeddedIn", p.embeddedIn());
    ArrayNode notes = prov.putArray("notes");
    p.notes().forEach(notes::add);
    return n;
  }

  /** The stored form: every field of the article, annotations included; {@link #fromJson} reads it back. */
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
    (n.has("readAlso") ? n.path("readAlso") : n.path("related"))
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
        new Provenance(p.path("location").asText(), p.path("reader").asText(), text(p, "embeddedIn"), notes),
        AnnotationJson.fromNode(MAPPER, n.get("annotations")));
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

  /** The dates layer, flat: the field the API has always had. */
  private static void putDates(ObjectNode n, Article a) {
    ArrayNode dates = n.putArray("dates");
    for (AnnotationLayer layer : a.annotations().layer(TimeAnnotation.KIND).stream().toList()) {
      for (TimeAnnotation t : layer.items(TimeAnnotation.class)) {
        dates.add(AnnotationJson.time(MAPPER, t));
      }
    }
  }
}
