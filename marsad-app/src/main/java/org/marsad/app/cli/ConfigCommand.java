package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marsad.app.config.ConfigLoader;
import org.marsad.app.config.MarsadConfig;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad config}: the configuration in effect, or the documented defaults. */
@Command(name = "config", description = "Print the configuration in effect (JSON), or with --defaults the documented defaults file.")
final class ConfigCommand implements Callable<Integer> {
  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Option(names = "--defaults", description = "Print the defaults file, with its comments.")
  private boolean defaults;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (defaults) {
      out.print(ConfigLoader.defaultsText());
      return ExitCodes.OK;
    }
    MarsadConfig config = root.loadConfig();
    out.println(ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(config));
    return ExitCodes.OK;
  }
}
