package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.marsad.app.config.MarsadConfig;
import org.marsad.app.config.ServerConfig;
import org.marsad.app.service.Service;

/** What {@code up} and {@code serve} share: flags over the configuration, run until stopped. */
final class ServiceRunner {
  private ServiceRunner() {}

  static int run(MarsadCommand root, @Nullable String host, @Nullable Integer port, boolean follow, PrintWriter out, PrintWriter err)
      throws Exception {
    MarsadConfig config = root.loadConfig();
    ServerConfig s = config.server();
    config = config.withServer(new ServerConfig(host != null ? host : s.host(), port != null ? port : s.port()));
    PrintWriter log = err;
    Service service = Service.start(root.dataDir(), config, follow, line -> {
      synchronized (log) {
        log.println(line);
      }
    });
    CountDownLatch stopped = new CountDownLatch(1);
    // On SIGTERM or Ctrl-C the JVM runs this, then exits 143 or 130 (128 + the signal). A stop that
    // fails must not look like a clean one: it halts with FAILED (exit from a hook would deadlock).
    Thread hook = new Thread(() -> {
      try {
        service.close();
      } catch (Exception e) {
        err.println("marsad: while stopping: " + e.getMessage());
        err.flush();
        Runtime.getRuntime().halt(ExitCodes.FAILED);
      } finally {
        err.flush();
        stopped.countDown();
      }
    }, "marsad-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Marsad serves " + service.uri() + " (data: " + root.dataDir().toAbsolutePath() + ")");
    if (follow) {
      out.println("Following " + config.feeds().size() + " feeds; state at " + service.uri().resolve("/api/feeds"));
    }
    out.println("Ctrl-C stops.");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
