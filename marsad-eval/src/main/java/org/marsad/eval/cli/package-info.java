/** The {@code marsad eval} and {@code marsad bench} commands, added to the CLI as a plug-in. */
@NullMarked
package org.marsad.eval.cli;

import org.jspecify.annotations.NullMarked;
