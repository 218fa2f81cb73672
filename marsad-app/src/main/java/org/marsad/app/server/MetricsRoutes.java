package org.marsad.app.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.marsad.app.metrics.Metrics;

/** {@code GET /metrics}: the service's counters in the Prometheus text format. */
final class MetricsRoutes implements RouteGroup {
  /** The exposition format's media type, version included, as Prometheus asks for it. */
  static final String TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Metrics metrics;

  MetricsRoutes(Metrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public List<Route> routes() {
    return List.of(Route.get("/metrics", this::metrics, new Route.Doc(
        "Counters for Prometheus: articles stored, request latencies per route and status, store size, feeds due",
        List.of(), Map.of(200, "Prometheus text format 0.0.4"), List.of(), "text/plain")));
  }

  private void metrics(Context ctx) {
    ctx.contentType(TYPE);
    ctx.result(metrics.prometheusText());
  }
}
