package org.marsad.app.config;

/** How {@code marsad up} follows feeds. */
public record FollowConfig(int pollEveryMinutes, int maxNewItemsPerPoll, int rememberItems) {
  public FollowConfig {
    ConfigChecks.positive("follow.pollEveryMinutes", pollEveryMinutes);
    ConfigChecks.positive("follow.maxNewItemsPerPoll", maxNewItemsPerPoll);
    ConfigChecks.positive("follow.rememberItems", rememberItems);
  }
}
