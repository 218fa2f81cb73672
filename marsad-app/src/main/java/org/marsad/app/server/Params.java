package org.marsad.app.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Query parameters read strictly: a bad value is a 400 that names the parameter. */
final class Params {
  private Params() {}

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int i = Integer.parseInt(v.strip());
      if (i < min || i > max) {
        throw ApiException.badRequest(name + ": must be in " + min + ".." + max + ", got " + i);
      }
      return i;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": not a number: " + v);
    }
  }

  static @Nullable LocalDate day(Context ctx, String name) {
    String v = text(ctx, name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + ": not a day (YYYY-MM-DD): " + v);
    }
  }

  /** The parameter stripped, or null when absent or blank. */
  static @Nullable String text(Context ctx, String name) {
    String s = ctx.queryParam(name);
    return s == null || s.isBlank() ? null : s.strip();
  }

  static @Nullable String iso(@Nullable Instant i) {
    return i == null ? null : i.toString();
  }
}
