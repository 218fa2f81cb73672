/** The {@code marsad} command line: one picocli command class per subcommand. */
@NullMarked
package org.marsad.app.cli;

import org.jspecify.annotations.NullMarked;
