package org.marsad.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad serve}: serve the store, without following feeds. */
@Command(name = "serve", description = "Serve the API on 127.0.0.1 over the stored articles (no feed polling; `up` adds it).")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Mixin private ServerOptions server;

  @Override
  public Integer call() throws Exception {
    return ServiceRunner.run(root, server.host, server.port, false, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
