package org.marsad.arabic.dates;

/**
 * Which way an expression that names no direction ({@code الإثنين}, {@code 7 أكتوبر}) points from
 * the reference. News reports what happened, so {@link #PAST} is the default; {@link #FUTURE} is
 * the convention of assistants and of Duckling's test data.
 */
public enum Lean {
  /** The most recent such day, the reference day included. */
  PAST,
  /** The next such day after the reference. */
  FUTURE
}
