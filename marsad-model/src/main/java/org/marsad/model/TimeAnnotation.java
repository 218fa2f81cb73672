package org.marsad.model;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A temporal expression of the body, resolved against the article's publication date.
 *
 * @param span where the expression is in {@link Article#text()}
 * @param text the expression as written
 * @param start the first instant it covers, in the publication's local time
 * @param end the instant after the last it covers (exclusive)
 * @param grain how fine the expression is: {@code year}, {@code month}, {@code day}, {@code hour},
 *     {@code minute} and the like, lower case
 */
public record TimeAnnotation(Span span, String text, LocalDateTime start, LocalDateTime end, String grain)
    implements Annotation {
  /** The layer kind these annotations are kept under. */
  public static final String KIND = "dates";

  public TimeAnnotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end: before start, " + start + " > " + end);
    }
    grain = grain.toLowerCase(Locale.ROOT);
  }
}
