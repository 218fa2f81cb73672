package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.config.ConfigLoader;
import org.marsad.app.config.FeedConfig;

/** {@code marsad feeds add}: from a site's home page to its feed, against a real local server. */
// com.sun.net.httpserver is the JDK's own HTTP server (module jdk.httpserver), a real server for tests;
// forbiddenapis lists it as non-portable only because it is outside java.*.
@SuppressForbidden
class FeedsCommandTest {
  @TempDir Path tmp;
  private HttpServer site;
  private String base;
  private Path config;
  private String out;
  private String err;

  @BeforeEach
  void start() throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + site.getAddress().getPort() + "/";
    site.createContext("/", ex -> send(ex, "text/html; charset=utf-8", """
        <!doctype html><html lang="ar"><head><title>صحيفة المثال</title>
        <link rel="alternate" type="application/rss+xml" title="آخر الأخبار" href="/feeds/latest.xml">
        </head><body><h1>صحيفة المثال</h1></body></html>"""));
    site.createContext("/feeds/latest.xml", ex -> send(ex, "application/rss+xml; charset=utf-8", """
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>صحيفة المثال - آخر الأخبار</title>
        <link>%s</link><item><title>خبر أول</title><link>%snews/1</link></item></channel></rss>""".formatted(base, base)));
    site.createContext("/robots.txt", ex -> send(ex, "text/plain", "User-agent: *\nAllow: /\n"));
    site.start();
    config = tmp.resolve("marsad.yaml");
    Files.writeString(config, "fetch:\n  allowPrivateAddresses: true\n  minDelayPerHostSeconds: 0\n  maxRetries: 0\n", StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() {
    site.stop(0);
  }

  @Test
  void findsTheFeedNamedByAHomePageAndAddsItToTheUserFile() throws Exception {
    int code = run("feeds", "add", base, "--country", "eg");

    assertThat(code).as(err).isZero();
    assertThat(out).contains("صحيفة المثال - آخر الأخبار").contains(base + "feeds/latest.xml");
    assertThat(ConfigLoader.load(config).feeds()).last()
        .isEqualTo(new FeedConfig("صحيفة المثال - آخر الأخبار", base + "feeds/latest.xml", "EG"));
    assertThat(ConfigLoader.load(config).fetch().allowPrivateAddresses()).as("the rest of the file is kept").isTrue();

    assertThat(run("feeds", "add", base + "feeds/latest.xml")).isZero();
    assertThat(out).startsWith("Already followed");
  }

  @Test
  void aPageWithoutAFeedIsNotFound() throws Exception {
    site.createContext("/plain", ex -> send(ex, "text/html", "<html><body>لا شيء</body></html>"));

    assertThat(run("feeds", "add", base + "plain")).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(err).contains("no feed");
  }

  @Test
  void theDefaultConfigurationRefusesLoopback() throws Exception {
    Files.delete(config);
    Files.writeString(config, "fetch:\n  maxRetries: 0\n", StandardCharsets.UTF_8);

    assertThat(run("feeds", "add", base)).isEqualTo(ExitCodes.FAILED);
    assertThat(err).contains("BLOCKED_ADDRESS");
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String[] all = new String[args.length + 4];
    all[0] = "--data";
    all[1] = tmp.resolve("data").toString();
    all[2] = "--config";
    all[3] = config.toString();
    System.arraycopy(args, 0, all, 4, args.length);
    int code = Main.run(all, new PrintWriter(o), new PrintWriter(e), Map.of());
    out = o.toString();
    err = e.toString();
    return code;
  }

  private static void send(HttpExchange ex, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(bytes);
    }
  }
}
