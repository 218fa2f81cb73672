/**
 * The web UI: server-rendered, right-to-left HTML pages over the store (home, search, article,
 * source), registered with the API server as an undocumented route group. Every piece of article
 * text goes out through {@link org.marsad.app.web.Html}, which escapes by default; pages carry no
 * scripts and a Content-Security-Policy that forbids them.
 */
@NullMarked
package org.marsad.app.web;

import org.jspecify.annotations.NullMarked;
