package org.marsad.app.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One route: what {@link ApiServer} registers with Javalin and, when it has an {@link Doc},
 * what {@link OpenApi} documents. Keeping both in one value is what keeps the document true.
 *
 * @param path in Javalin's syntax, which for {@code {id}} parameters is also OpenAPI's
 * @param doc the route's API documentation; null for routes outside the API (web pages)
 */
public record Route(HandlerType method, String path, Handler handler, @Nullable Doc doc) {
  /** A query or path parameter. */
  public record Param(String name, String in, String type, boolean required, String description) {
    public static Param query(String name, String type, String description) {
      return new Param(name, "query", type, false, description);
    }

    public static Param path(String name, String description) {
      return new Param(name, "path", "string", true, description);
    }
  }

  /**
   * @param responses status to what it means; every route also answers 500
   * @param bodyTypes the media types a request body may have; empty when it takes none
   * @param produces the media type of a successful answer
   */
  public record Doc(String summary, List<Param> params, Map<Integer, String> responses, List<String> bodyTypes,
      String produces) {
    public Doc {
      params = List.copyOf(params);
      responses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responses));
      bodyTypes = List.copyOf(bodyTypes);
    }
  }

  public static Route get(String path, Handler handler, Doc doc) {
    return new Route(HandlerType.GET, path, handler, doc);
  }

  public static Route post(String path, Handler handler, Doc doc) {
    return new Route(HandlerType.POST, path, handler, doc);
  }

  /** A JSON answer. */
  static Doc doc(String summary, List<Param> params, Map<Integer, String> responses) {
    return new Doc(summary, params, responses, List.of(), "application/json");
  }
}
