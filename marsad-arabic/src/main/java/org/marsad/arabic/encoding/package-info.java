/** Repair of Arabic text broken by wrong decoding (UTF-8 read as Windows-1256 and kin). */
@NullMarked
package org.marsad.arabic.encoding;

import org.jspecify.annotations.NullMarked;
