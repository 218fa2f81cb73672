package org.marsad.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.marsad.app.cli.ExitCodes;
import org.marsad.eval.floors.Floors;

/** Applies a floors file to a task's metrics and turns the outcome into an exit code. */
final class FloorCheck {
  private FloorCheck() {}

  static int check(@Nullable Path file, String task, Map<String, Double> metrics, PrintWriter err) throws IOException {
    if (file == null) {
      return ExitCodes.OK;
    }
    Floors floors = Floors.load(file);
    if (!floors.hasTask(task)) {
      err.println("marsad: " + file + " has no floors for " + task);
      return ExitCodes.BELOW_FLOOR;
    }
    List<String> violations = floors.violations(task, metrics);
    violations.forEach(v -> err.println("below floor: " + v));
    return violations.isEmpty() ? ExitCodes.OK : ExitCodes.BELOW_FLOOR;
  }
}
