/**
 * The HTTP server (Javalin): the JSON API under {@code /api}. Bound to 127.0.0.1 unless configured
 * otherwise; errors are JSON {@code {error, detail}} with the matching status.
 */
@NullMarked
package org.marsad.app.server;

import org.jspecify.annotations.NullMarked;
