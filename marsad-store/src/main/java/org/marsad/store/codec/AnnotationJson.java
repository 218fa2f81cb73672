package org.marsad.store.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Annotation;
import org.marsad.model.AnnotationLayer;
import org.marsad.model.Annotations;
import org.marsad.model.OpaqueAnnotation;
import org.marsad.model.Span;
import org.marsad.model.TimeAnnotation;

/**
 * Annotations to and from JSON: an object of layers by kind, each {@code {version, items}}, each
 * item with its {@code span}. A layer of a kind this version does not know is read item by item
 * as {@link OpaqueAnnotation} and written back as it was, so a store written by a newer Marsad
 * loses nothing when an older one rewrites an article. Thread-safe.
 */
final class AnnotationJson {
  private AnnotationJson() {}

  static ObjectNode toNode(ObjectMapper mapper, Annotations annotations) {
    ObjectNode out = mapper.createObjectNode();
    for (AnnotationLayer layer : annotations.layers()) {
      ObjectNode l = out.putObject(layer.kind());
      l.put("version", layer.version());
      ArrayNode items = l.putArray("items");
      for (Annotation a : layer.items()) {
        items.add(item(mapper, a));
      }
    }
    return out;
  }

  private static JsonNode item(ObjectMapper mapper, Annotation a) {
    if (a instanceof TimeAnnotation t) {
      return time(mapper, t);
    }
    return parse(mapper, ((OpaqueAnnotation) a).json());
  }

  /** A resolved date as the article JSON has always shown them under {@code dates}. */
  static ObjectNode time(ObjectMapper mapper, TimeAnnotation t) {
    ObjectNode o = mapper.createObjectNode();
    o.put("text", t.text());
    o.put("start", t.start().toString());
    o.put("end", t.end().toString());
    o.put("grain", t.grain());
    o.putObject("span").put("start", t.span().start()).put("end", t.span().end());
    return o;
  }

  static Annotations fromNode(ObjectMapper mapper, JsonNode node) {
    if (node == null || !node.isObject()) {
      return Annotations.NONE;
    }
    List<AnnotationLayer> layers = new ArrayList<>();
    node.properties().forEach(e -> {
      String kind = e.getKey();
      JsonNode l = e.getValue();
      List<Annotation> items = new ArrayList<>();
      for (JsonNode item : l.path("items")) {
        items.add(kind.equals(TimeAnnotation.KIND) ? readTime(item) : opaque(mapper, item));
      }
      layers.add(new AnnotationLayer(kind, Math.max(1, l.path("version").asInt(1)), items));
    });
    return new Annotations(layers);
  }

  private static TimeAnnotation readTime(JsonNode o) {
    return new TimeAnnotation(span(o), o.path("text").asText(), LocalDateTime.parse(o.path("start").asText()),
        LocalDateTime.parse(o.path("end").asText()), o.path("grain").asText());
  }

  private static OpaqueAnnotation opaque(ObjectMapper mapper, JsonNode o) {
    try {
      return new OpaqueAnnotation(o.has("span") ? span(o) : new Span(0, 0), mapper.writeValueAsString(o));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON node can always be written", e);
    }
  }

  private static Span span(JsonNode o) {
    return new Span(o.path("span").path("start").asInt(), o.path("span").path("end").asInt());
  }

  private static JsonNode parse(ObjectMapper mapper, String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("annotation: not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
