package org.marsad.app.cli;

import java.util.List;

/**
 * Adds subcommands to {@code marsad} from modules that depend on the app (evaluations and
 * benchmarks), found with {@link java.util.ServiceLoader}.
 */
public interface CommandProvider {
  /** picocli command objects, each annotated with {@code @Command(name = ...)}. */
  List<Object> commands();
}
