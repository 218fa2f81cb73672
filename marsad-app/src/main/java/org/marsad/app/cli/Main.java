package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import picocli.CommandLine;

/** Entry point of {@code marsad}. */
public final class Main {
  private Main() {}

  @SuppressForbidden
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err, System.getenv()));
  }

  /** Runs {@code marsad args} and returns its exit code; tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
    return execute(commandLine(environment), args, out, err);
  }

  /** Runs {@code args} on {@code cli}, writing to {@code out} and {@code err}; its exit code. */
  static int execute(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
    cli.setOut(out);
    cli.setErr(err);
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) { // picocli lets errors through: say what it is and what to do
      err.println("marsad: out of memory (" + e.getMessage() + "); give Java more heap, e.g. JAVA_OPTS=-Xmx2g."
          + " What was committed before is kept.");
      code = ExitCodes.FAILED;
    }
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(java.util.Map<String, String> environment) {
    CommandLine cli = new CommandLine(new MarsadCommand(environment));
    for (CommandProvider provider : ServiceLoader.load(CommandProvider.class)) {
      for (Object command : provider.commands()) {
        cli.addSubcommand(command);
      }
    }
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("marsad: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getName()));
          return ExitCodes.FAILED;
        });
    return cli;
  }
}
