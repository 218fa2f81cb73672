package org.marsad.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.app.config.ConfigLoader;
import org.marsad.app.config.FeedConfig;
import org.marsad.app.config.MarsadConfig;
import org.marsad.app.follow.FeedState;
import org.marsad.app.follow.FeedStates;
import org.marsad.app.service.Service;
import org.marsad.ingest.feeds.Feed;
import org.marsad.ingest.feeds.FeedDiscovery;
import org.marsad.ingest.feeds.FeedReader;
import org.marsad.ingest.fetch.FetchException;
import org.marsad.ingest.fetch.FetchResult;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.model.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad feeds}: the followed feeds, and adding one from a site's address. */
@Command(
    name = "feeds",
    description = "List the followed feeds and their state, or add one.",
    subcommands = {FeedsCommand.Add.class})
final class FeedsCommand implements Callable<Integer> {
  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    MarsadConfig config = root.loadConfig();
    List<String> warnings = new ArrayList<>();
    FeedStates states = FeedStates.open(Service.feedStateFile(root.dataDir()), warnings);
    warnings.forEach(spec.commandLine().getErr()::println);
    for (FeedConfig f : config.feeds()) {
      FeedState s = states.get(f.url(), f.name());
      String status = s.lastError() != null ? "failing: " + s.lastError() : s.lastPolled() == null ? "not polled yet" : "ok, last " + s.lastSuccess();
      out.printf(Locale.ROOT, "%s (%s)%n  %s%n  %,d stored · %s%n", f.name(), f.country() == null ? "?" : f.country(), f.url(), s.itemsStored(), status);
    }
    return ExitCodes.OK;
  }

  /** {@code marsad feeds add URL}: a feed URL, or a site whose home page links its feed. */
  @Command(name = "add", description = "Add a feed: its URL, or a site's address whose page names its feed (<link rel=alternate>).")
  static final class Add implements Callable<Integer> {
    @ParentCommand private FeedsCommand feeds;
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "The feed, or the site's home page.")
    private String url;

    @Option(names = "--name", description = "The outlet's name (default: the feed's title).")
    private @Nullable String name;

    @Option(names = "--country", paramLabel = "CC", description = "The outlet's country, ISO 3166 code.")
    private @Nullable String country;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      MarsadCommand root = feeds.root;
      MarsadConfig config = root.loadConfig();
      URI start = URI.create(url.strip());
      try (Fetcher fetcher = new Fetcher(config.fetch().toFetchConfig())) {
        // One fetch of the given URL serves both readings: a feed itself, or a page that names one.
        FetchResult page = fetcher.get(start);
        Optional<Found> found = feedIn(page);
        if (found.isEmpty()) {
          for (URI candidate : FeedDiscovery.discover(page.body(), page.contentType(), page.finalUrl())) {
            found = asFeed(fetcher, candidate);
            if (found.isPresent()) {
              break;
            }
          }
        }
        if (found.isEmpty()) {
          spec.commandLine().getErr().println("marsad: no feed at " + start + " and none named by its page");
          return ExitCodes.NOT_FOUND;
        }
        Found f = found.get();
        if (config.feeds().stream().anyMatch(c -> c.url().equals(f.url().toString()))) {
          out.println("Already followed: " + f.url());
          return ExitCodes.OK;
        }
        String title = name != null ? name : f.feed().title() != null && !f.feed().title().isBlank() ? f.feed().title().strip() : f.url().getHost();
        FeedConfig added = new FeedConfig(title, f.url().toString(), country == null ? null : country.toUpperCase(Locale.ROOT));
        ConfigLoader.addFeed(root.configFile(), added);
        out.println("Added " + added.name() + " <" + added.url() + "> (" + f.feed().items().size() + " items now) to " + root.configFile());
        return ExitCodes.OK;
      } catch (FetchException e) {
        spec.commandLine().getErr().println("marsad: cannot fetch: " + e.getMessage());
        return ExitCodes.FAILED;
      }
    }

    private record Found(URI url, Feed feed) {}

    private static Optional<Found> feedIn(FetchResult r) {
      Feed feed = new FeedReader().read(r.body(), r.contentType(), r.finalUrl(), new Diagnostics(10));
      return feed.items().isEmpty() && feed.title() == null ? Optional.empty() : Optional.of(new Found(r.finalUrl(), feed));
    }

    private static Optional<Found> asFeed(Fetcher fetcher, URI uri) {
      try {
        return feedIn(fetcher.get(uri));
      } catch (FetchException e) {
        return Optional.empty();
      }
    }
  }
}
