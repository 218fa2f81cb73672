package org.marsad.ingest.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses one record's JSON text into its known fields: names lower-cased, values as String,
 * BigDecimal, Boolean, List or Map (nested maps keep only {@code name}). Unknown fields are skipped
 * without being materialized, so a huge field nobody reads costs no memory. Thread-safe.
 */
final class RecordFields {
  private static final int MAX_DEPTH = 4;

  private final JsonFactory factory;
  private final Set<String> known;

  RecordFields(Set<String> known, int maxStringLength) {
    this.known = Set.copyOf(known);
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(maxStringLength)
                    .maxNestingDepth(256)
                    .build())
            // scraped dumps often carry raw tabs inside strings; they are harmless to read
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
  }

  /** The record's fields, or null when the text is not a JSON object. */
  @Nullable Map<String, Object> parse(String json) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      return object(p, 0);
    }
  }

  private Map<String, Object> object(JsonParser p, int depth) throws IOException {
    Map<String, Object> fields = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName().toLowerCase(Locale.ROOT);
      p.nextToken();
      boolean wanted = depth == 0 ? known.contains(name) : name.equals("name");
      if (!wanted || depth >= MAX_DEPTH) {
        p.skipChildren();
        continue;
      }
      Object value = value(p, depth + 1);
      // the same name in another case: the first non-empty one wins
      if (value != null && isEmpty(fields.get(name))) {
        fields.put(name, value);
      }
    }
    return fields;
  }

  private @Nullable Object value(JsonParser p, int depth) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getBooleanValue();
      case START_ARRAY:
        return array(p, depth);
      case START_OBJECT:
        return object(p, depth);
      default:
        return null;
    }
  }

  private List<Object> array(JsonParser p, int depth) throws IOException {
    List<Object> items = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (depth >= MAX_DEPTH) {
        p.skipChildren();
        continue;
      }
      Object v = value(p, depth + 1);
      if (v != null) {
        items.add(v);
      }
    }
    return items;
  }

  static boolean isEmpty(@Nullable Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof String s) {
      return s.isBlank();
    }
    if (value instanceof List<?> l) {
      return l.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return m.isEmpty();
    }
    return false;
  }
}
