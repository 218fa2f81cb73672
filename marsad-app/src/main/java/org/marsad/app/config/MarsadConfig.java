package org.marsad.app.config;

import java.util.List;

/** Everything {@code marsad.yaml} sets; see the defaults file for what each key means. */
public record MarsadConfig(ServerConfig server, ApiConfig api, FetchSettings fetch, FollowConfig follow, List<FeedConfig> feeds) {
  public MarsadConfig {
    feeds = List.copyOf(feeds);
  }

  public MarsadConfig withServer(ServerConfig newServer) {
    return new MarsadConfig(newServer, api, fetch, follow, feeds);
  }

  public MarsadConfig withFetch(FetchSettings newFetch) {
    return new MarsadConfig(server, api, newFetch, follow, feeds);
  }

  public MarsadConfig withFeeds(List<FeedConfig> newFeeds) {
    return new MarsadConfig(server, api, fetch, follow, newFeeds);
  }
}
