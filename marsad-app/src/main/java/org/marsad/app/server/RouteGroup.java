package org.marsad.app.server;

import java.util.List;

/**
 * Routes that belong together, registered by {@link ApiServer}. The API's groups are built in;
 * others (a web UI) are handed to its constructor and register the same way.
 */
@FunctionalInterface
public interface RouteGroup {
  List<Route> routes();
}
