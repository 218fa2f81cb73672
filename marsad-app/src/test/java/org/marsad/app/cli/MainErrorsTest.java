package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the user reads when a command dies of an error rather than failing with an exception. */
class MainErrorsTest {
  @CommandLine.Command(name = "exhaust")
  static final class Exhausting implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void outOfMemoryIsReportedAsItselfWithWhatToDo() {
    StringWriter err = new StringWriter();
    int code = Main.execute(new CommandLine(new Exhausting()), new String[0], new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).contains("out of memory (Java heap space)").contains("-Xmx");
  }
}
