package org.marsad.eval.aggregator;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares an expected field with the actual one. Strings compare after NFC and whitespace
 * collapsing; an expected {@code published} of {@code YYYY-MM-DD} matches any time that day; an
 * expected list must be contained in the actual one, order free (objects match on the fields the
 * expected one gives, so {@code credits} match on role and name); an expected {@code related} is
 * compared item by item on the fields it gives. Thread-safe.
 */
final class FieldComparer {
  private FieldComparer() {}

  static boolean matches(String field, JsonNode expected, JsonNode actual) {
    if (field.equals("related")) {
      return itemByItem(expected, actual);
    }
    return same(field, expected, actual);
  }

  private static boolean same(String field, JsonNode expected, JsonNode actual) {
    if (expected.isNull()) {
      return actual == null || actual.isNull() || actual.isMissingNode();
    }
    if (actual == null || actual.isNull() || actual.isMissingNode()) {
      return false;
    }
    if (expected.isArray()) {
      return actual.isArray() && contained(field, expected, actual);
    }
    if (expected.isObject()) {
      return actual.isObject() && objectMatches(expected, actual);
    }
    if (field.equals("published") && expected.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return actual.asText().startsWith(expected.asText());
    }
    if (expected.isNumber() || expected.isBoolean()) {
      return expected.asText().equals(actual.asText());
    }
    return text(expected).equals(text(actual));
  }

  /** Every expected item has a distinct matching item in {@code actual}. */
  private static boolean contained(String field, JsonNode expected, JsonNode actual) {
    List<JsonNode> pool = new ArrayList<>();
    actual.forEach(pool::add);
    for (JsonNode e : expected) {
      boolean found = false;
      for (Iterator<JsonNode> it = pool.iterator(); it.hasNext(); ) {
        if (same(field, e, it.next())) {
          it.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean objectMatches(JsonNode expected, JsonNode actual) {
    for (Map.Entry<String, JsonNode> e : expected.properties()) {
      String name = e.getKey();
      if (!same(name, e.getValue(), actual.get(name))) {
        return false;
      }
    }
    return true;
  }

  private static boolean itemByItem(JsonNode expected, JsonNode actual) {
    if (!expected.isArray() || actual == null || !actual.isArray() || actual.size() < expected.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!objectMatches(expected.get(i), actual.get(i))) {
        return false;
      }
    }
    return true;
  }

  static String text(JsonNode node) {
    return Normalizer.normalize(node.asText(), Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }
}
