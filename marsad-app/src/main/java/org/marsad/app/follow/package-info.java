/**
 * Following feeds: polling each configured feed, fetching its new items' pages, storing the
 * articles, and remembering per feed what was seen, its validators and its errors across restarts.
 */
@NullMarked
package org.marsad.app.follow;

import org.jspecify.annotations.NullMarked;
