/**
 * Configuration: the documented defaults in {@code marsad.yaml} inside the jar, overridden key by
 * key by a user file, then by command-line flags. Unknown keys are errors that name the key.
 */
@NullMarked
package org.marsad.app.config;

import org.jspecify.annotations.NullMarked;
