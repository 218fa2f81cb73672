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
    CommandLine cli = commandLine(environment);
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
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
          commandLine.getErr().println("marsad: " + e.getMessage());
          return ExitCodes.FAILED;
        });
    return cli;
  }
}
