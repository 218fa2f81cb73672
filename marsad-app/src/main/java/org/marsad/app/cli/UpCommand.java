package org.marsad.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad up}: serve the store and follow the configured feeds. */
@Command(name = "up", description = "Serve the API on 127.0.0.1 and follow the configured feeds, ingesting new articles.")
final class UpCommand implements Callable<Integer> {
  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Mixin private ServerOptions server;

  @Override
  public Integer call() throws Exception {
    return ServiceRunner.run(root, server.host, server.port, true, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
