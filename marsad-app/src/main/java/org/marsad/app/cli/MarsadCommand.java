package org.marsad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.marsad.app.config.ConfigException;
import org.marsad.app.config.ConfigLoader;
import org.marsad.app.config.MarsadConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options shared by every subcommand. */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    version = "marsad 0.1.0",
    description = "Arabic news engine: ingest, normalize, store and search Arabic news.",
    subcommands = {
      UpCommand.class,
      ServeCommand.class,
      IngestCommand.class,
      ProcessCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      StoriesCommand.class,
      FeedsCommand.class,
      ConfigCommand.class,
    })
public final class MarsadCommand {
  static final String DATA_VARIABLE = "MARSAD_DATA";
  static final String DEFAULT_DATA = "marsad-data";

  @Option(
      names = "--data",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Data folder (default: $" + DATA_VARIABLE + ", else ./" + DEFAULT_DATA + ").")
  private @Nullable Path data;

  @Option(
      names = "--config",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "Configuration file over the defaults (default: DATA/marsad.yaml when it exists).")
  private @Nullable Path config;

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

  /** The user's configuration file: --config, else DATA/marsad.yaml (which may not exist). */
  public Path configFile() {
    return config != null ? config : dataDir().resolve("marsad.yaml");
  }

  /** The configuration in effect: defaults, then the user file. */
  public MarsadConfig loadConfig() throws ConfigException {
    if (config != null && !Files.exists(config)) {
      throw new ConfigException(config + ": no such file");
    }
    return ConfigLoader.load(configFile());
  }

  /** Where the article index lives inside the data folder. */
  public Path indexDir() {
    return dataDir().resolve("articles");
  }
}
