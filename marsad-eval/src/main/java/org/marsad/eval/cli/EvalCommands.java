package org.marsad.eval.cli;

import java.util.List;
import org.marsad.app.cli.CommandProvider;

/** Adds {@code eval} and {@code bench} to the {@code marsad} command line. */
public final class EvalCommands implements CommandProvider {
  @Override
  public List<Object> commands() {
    return List.of(new EvalCommand(), new BenchCommand());
  }
}
