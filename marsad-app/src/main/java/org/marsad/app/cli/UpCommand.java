package org.marsad.app.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad up}: serve the store and follow the configured feeds. */
@Command(name = "up", description = "Serve the API on 127.0.0.1 and follow the configured feeds, ingesting new articles.")
final class UpCommand implements Callable<Integer> {
  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Option(names = "--host", description = "Address to listen on (default: server.host, 127.0.0.1).")
  private @Nullable String host;

  @Option(names = "--port", description = "Port to listen on, 0 for any free one (default: server.port, 8080).")
  private @Nullable Integer port;

  @Override
  public Integer call() throws Exception {
    return ServiceRunner.run(root, host, port, true, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
