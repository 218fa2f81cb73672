package org.marsad.app.server;

import java.util.Map;

/**
 * A request the API cannot answer as asked. {@link ApiServer} turns it into a JSON error
 * {@code {error, detail}} with the status; {@code headers} go along (as WWW-Authenticate on 401).
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final transient Map<String, String> headers;

  ApiException(int status, String error, String detail, Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.error = error;
    this.headers = Map.copyOf(headers);
  }

  static ApiException badRequest(String detail) {
    return new ApiException(400, "bad request", detail, Map.of());
  }

  static ApiException notFound(String detail) {
    return new ApiException(404, "not found", detail, Map.of());
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }

  Map<String, String> headers() {
    return headers;
  }
}
