/** A running Marsad: the store, the HTTP server and, for {@code marsad up}, the feed follower. */
@NullMarked
package org.marsad.app.service;

import org.jspecify.annotations.NullMarked;
