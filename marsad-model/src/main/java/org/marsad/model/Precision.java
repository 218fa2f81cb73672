package org.marsad.model;

/** How much of a date the source actually gave; finer fields beyond it are zero, not known. */
public enum Precision {
  YEAR,
  MONTH,
  DAY,
  HOUR,
  MINUTE,
  SECOND;

  public boolean hasTime() {
    return compareTo(HOUR) >= 0;
  }
}
