package org.marsad.arabic.dates;

/** How to read an all-numeric date whose first two fields could both be a month. */
public enum DateOrder {
  /** {@code 05/06/2024} is 5 June: the usage across the Arab world, and the default. */
  DAY_FIRST,
  /** {@code 05/06/2024} is May 6: for sources known to follow US usage. */
  MONTH_FIRST
}
