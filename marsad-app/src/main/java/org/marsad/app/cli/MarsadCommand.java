package org.marsad.app.cli;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options shared by every subcommand. */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    version = "marsad 0.1.0",
    description = "Arabic news engine: ingest, normalize, store and search Arabic news.",
    subcommands = {IngestCommand.class, SearchCommand.class, ShowCommand.class, StatsCommand.class})
public final class MarsadCommand {
  static final String DATA_VARIABLE = "MARSAD_DATA";
  static final String DEFAULT_DATA = "marsad-data";

  @Option(
      names = "--data",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Data folder (default: $" + DATA_VARIABLE + ", else ./" + DEFAULT_DATA + ").")
  private @Nullable Path data;

  private final Map<String, String> environment;

  public MarsadCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The data folder: --data, else $MARSAD_DATA, else ./marsad-data. */
  public Path dataDir() {
    if (data != null) {
      return data;
    }
    String fromEnv = environment.get(DATA_VARIABLE);
    return Path.of(fromEnv == null || fromEnv.isBlank() ? DEFAULT_DATA : fromEnv);
  }

  /** Where the article index lives inside the data folder. */
  public Path indexDir() {
    return dataDir().resolve("articles");
  }
}
