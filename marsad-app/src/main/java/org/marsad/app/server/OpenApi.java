package org.marsad.app.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /api/openapi.json}: an OpenAPI 3.0 document written from the routes the server
 * registers, so it lists exactly what is served. Only the shapes that matter to a client are
 * described (parameters, statuses, media types); answers' fields are named in the descriptions.
 */
final class OpenApi implements RouteGroup {
  static final String PATH = "/api/openapi.json";

  private final Supplier<List<Route>> routes;
  private final String version;

  /** @param routes every route served, this one's included; read when the document is asked for */
  OpenApi(Supplier<List<Route>> routes, String version) {
    this.routes = routes;
    this.version = version;
  }

  @Override
  public List<Route> routes() {
    return List.of(Route.get(PATH, ctx -> Json.send(ctx, document()),
        Route.doc("This document", List.of(), Map.of(200, "OpenAPI 3.0 document"))));
  }

  ObjectNode document() {
    ObjectNode doc = Json.object();
    doc.put("openapi", "3.0.3");
    doc.putObject("info").put("title", "Marsad API").put("version", version)
        .put("description", "Arabic news search. Errors are JSON {error, detail} with the status.");
    ObjectNode paths = doc.putObject("paths");
    for (Route r : routes.get()) {
      Route.Doc d = r.doc();
      if (d == null) {
        continue;
      }
      ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      path.set(r.method().name().toLowerCase(Locale.ROOT), operation(d));
    }
    ObjectNode components = doc.putObject("components");
    components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
        .put("description", "the token of api.token in marsad.yaml");
    ObjectNode error = components.putObject("schemas").putObject("Error");
    error.put("type", "object").putArray("required").add("error");
    ObjectNode props = error.putObject("properties");
    props.putObject("error").put("type", "string");
    props.putObject("detail").put("type", "string").put("nullable", true);
    return doc;
  }

  private static ObjectNode operation(Route.Doc d) {
    ObjectNode op = Json.object();
    op.put("summary", d.summary());
    if (!d.params().isEmpty()) {
      com.fasterxml.jackson.databind.node.ArrayNode params = op.putArray("parameters");
      for (Route.Param p : d.params()) {
        ObjectNode o = params.addObject().put("name", p.name()).put("in", p.in()).put("required", p.required())
            .put("description", p.description());
        o.putObject("schema").put("type", p.type());
      }
    }
    if (!d.bodyTypes().isEmpty()) {
      ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
      d.bodyTypes().forEach(t -> content.putObject(t).putObject("schema").put("type", "string").put("format", "binary"));
      op.putArray("security").addObject().putArray("bearer");
    }
    ObjectNode responses = op.putObject("responses");
    d.responses().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      ObjectNode resp = responses.putObject(Integer.toString(e.getKey())).put("description", e.getValue());
      ObjectNode content = resp.putObject("content");
      if (e.getKey() < 300) {
        content.putObject(d.produces()).putObject("schema").put("type", d.produces().startsWith("application/json") ? "object" : "string");
      } else {
        content.putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
      }
    });
    responses.putObject("500").put("description", "internal error")
        .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
    return op;
  }

}
