/** Dates as Arabic news pages print them: numeric, Gregorian month names in every naming system. */
@NullMarked
package org.marsad.arabic.dates;

import org.jspecify.annotations.NullMarked;
