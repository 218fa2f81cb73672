package org.marsad.app.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.marsad.store.codec.ArticleJson;

/** Writing JSON answers, errors included, the one way the API does. */
final class Json {
  static final String TYPE = "application/json; charset=utf-8";

  private Json() {}

  static ObjectNode object() {
    return ArticleJson.mapper().createObjectNode();
  }

  static void send(Context ctx, ObjectNode n) {
    ctx.contentType(TYPE);
    try {
      ctx.result(ArticleJson.mapper().writeValueAsBytes(n));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void error(Context ctx, int status, String error, @Nullable String detail) {
    ObjectNode n = object();
    n.put("error", error);
    n.put("detail", detail);
    ctx.status(status);
    send(ctx, n);
  }
}
