package org.marsad.ingest.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.parser.Parser;

/**
 * Parses the text of a {@code <script type="application/ld+json">} into plain values (String,
 * Map, List; numbers and booleans as strings), leniently: sites ship trailing commas, raw control
 * characters, single quotes, comments, HTML comments or CDATA around the JSON, HTML entities in
 * place of quotes, and several objects in one script. Objects are attached to their parent before
 * they are filled, so a cut or broken script still yields everything read before the break.
 * Thread-safe.
 */
final class JsonLdParser {
  private static final int MAX_DEPTH = 32;
  private static final int MAX_STRING = 1 << 20;
  private static final int MAX_ROOTS = 16;
  private static final Pattern WRAPPER =
      Pattern.compile("^\\s*(?:<!--|//\\s*<!\\[CDATA\\[|<!\\[CDATA\\[)|(?:-->|//\\s*\\]\\]>|\\]\\]>)\\s*$");

  private final JsonFactory factory =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH * 4).maxStringLength(MAX_STRING).build())
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_MISSING_VALUES)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
          .build();

  /** The script's top-level values; those read before an error are kept, and the error is reported. */
  Result parse(String script) {
    String json = WRAPPER.matcher(script).replaceAll("");
    Result first = parseOnce(json);
    // An entity-escaped script ("&quot;@type&quot;") reads as nothing; unescaping a clean one
    // would break strings that legitimately hold "&amp;", so it is only the second try.
    boolean escaped = json.contains("&quot;") || json.contains("&#34;");
    if ((first.error() != null || first.roots().isEmpty()) && escaped) {
      Result second = parseOnce(Parser.unescapeEntities(json, false));
      if (second.roots().size() >= first.roots().size()) {
        return second;
      }
    }
    return first;
  }

  /**
   * What a script held.
   *
   * @param roots its top-level values
   * @param error why reading stopped early, or null
   */
  record Result(List<Object> roots, @Nullable String error) {}

  private Result parseOnce(String json) {
    List<Object> roots = new ArrayList<>();
    try (JsonParser p = factory.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null && roots.size() < MAX_ROOTS; t = p.nextToken()) {
        value(p, roots, 0);
      }
      return new Result(roots, null);
    } catch (IOException | RuntimeException e) {
      // Jackson throws JsonParseException (an IOException) for syntax and constraint violations;
      // anything else it throws on hostile text is caught for the same reason: keep what was read.
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Result(roots, message.lines().findFirst().orElse(message));
    }
  }

  private void value(JsonParser p, List<Object> into, int depth) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> map = new LinkedHashMap<>();
      into.add(map);
      object(p, map, depth + 1);
    } else if (t == JsonToken.START_ARRAY) {
      List<Object> list = new ArrayList<>();
      into.add(list);
      array(p, list, depth + 1);
    } else if (t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL) {
      into.add(p.getText());
    }
  }

  private void object(JsonParser p, Map<String, Object> map, int depth) throws IOException {
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (depth > MAX_DEPTH || map.containsKey(name)) {
        p.skipChildren();
        continue;
      }
      List<Object> holder = new ArrayList<>(1);
      JsonToken v = p.currentToken();
      if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
        // attach first, so a break inside still leaves the partial value in place
        Object container = v == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>() : new ArrayList<>();
        map.put(name, container);
        if (container instanceof Map<?, ?>) {
          @SuppressWarnings("unchecked")
          Map<String, Object> child = (Map<String, Object>) container;
          object(p, child, depth + 1);
        } else {
          @SuppressWarnings("unchecked")
          List<Object> child = (List<Object>) container;
          array(p, child, depth + 1);
        }
      } else {
        value(p, holder, depth);
        if (!holder.isEmpty()) {
          map.put(name, holder.get(0));
        }
      }
    }
  }

  private void array(JsonParser p, List<Object> list, int depth) throws IOException {
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (depth > MAX_DEPTH) {
        p.skipChildren();
        continue;
      }
      value(p, list, depth);
    }
  }
}
