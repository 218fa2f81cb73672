package org.marsad.ingest.fetch;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.ingest.fetch.FetchTesting.config;
import static org.marsad.ingest.fetch.FetchTesting.fetcher;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages, encodings, conditional GETs and redirects against a real server on 127.0.0.1. */
class FetcherTest {
  private static final byte[] PAGE = "<html><body><h1>خبر عاجل من الرياض</h1></body></html>".getBytes(UTF_8);

  private final FakeClock clock = new FakeClock();
  private TestServer server;
  private Fetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
    fetcher = fetcher(config(), clock);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void servesAPageWithItsHeaders() throws Exception {
    server.serve("/news/1", 200, PAGE, "Content-Type", "text/html; charset=utf-8", "ETag", "\"a1\"",
        "Last-Modified", "Sun, 01 Mar 2026 07:00:00 GMT");

    FetchResult result = fetcher.get(server.url("/news/1"));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).isEqualTo(PAGE);
    assertThat(result.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(result.validators()).isEqualTo(new Validators("\"a1\"", "Sun, 01 Mar 2026 07:00:00 GMT"));
    assertThat(result.notModified()).isFalse();
    assertThat(result.requestedUrl()).isEqualTo(server.url("/news/1"));
    assertThat(result.finalUrl()).isEqualTo(server.url("/news/1"));
    assertThat(result.redirects()).isEmpty();
    assertThat(result.fetchedAt()).isEqualTo(FakeClock.START);
  }

  @Test
  void sendsTheUserAgentAndTheEncodingsItDecodes() throws Exception {
    server.serve("/home", 200, PAGE);

    fetcher.get(server.url("/home"));

    TestServer.Seen request = server.seen().get(0);
    assertThat(request.header("User-Agent")).isEqualTo(FetchConfig.DEFAULT_USER_AGENT);
    assertThat(request.header("Accept-Encoding")).isEqualTo("gzip, deflate, br");
    assertThat(request.header("If-None-Match")).isEmpty();
  }

  @Test
  void aWrongCharsetInContentTypeIsPassedThroughWithTheBytesUntouched() throws Exception {
    server.serve("/latin", 200, PAGE, "Content-Type", "text/html; charset=ISO-8859-1");

    FetchResult result = fetcher.get(server.url("/latin"));

    assertThat(result.contentType()).isEqualTo("text/html; charset=ISO-8859-1");
    assertThat(result.body()).isEqualTo(PAGE);
  }

  @Test
  void gzipIsDecoded() throws Exception {
    server.serve("/gz", 200, FetchTesting.gzip(PAGE), "Content-Encoding", "gzip");

    assertThat(fetcher.get(server.url("/gz")).body()).isEqualTo(PAGE);
  }

  @Test
  void brotliIsDecoded() throws Exception {
    byte[] brotli = FetchTesting.uncompressedBrotli(PAGE);
    assertThat(PAGE).hasSize(68); // MLEN-1 = 67 = 0x0043, so the header is 30 04 10: see the fixture
    assertThat(brotli).startsWith(0x30, 0x04, 0x10).endsWith(0x03).hasSize(3 + 68 + 1);
    server.serve("/br", 200, brotli, "Content-Encoding", "br");

    assertThat(fetcher.get(server.url("/br")).body()).isEqualTo(PAGE);
  }

  @Test
  void deflateIsDecodedWhetherZlibWrappedOrRaw() throws Exception {
    server.serve("/zlib", 200, deflate(PAGE, false), "Content-Encoding", "deflate");
    server.serve("/raw", 200, deflate(PAGE, true), "Content-Encoding", "deflate");

    assertThat(fetcher.get(server.url("/zlib")).body()).isEqualTo(PAGE);
    assertThat(fetcher.get(server.url("/raw")).body()).isEqualTo(PAGE);
  }

  @Test
  void stackedEncodingsAreUndoneInReverseOrder() throws Exception {
    server.serve("/stack", 200, FetchTesting.uncompressedBrotli(FetchTesting.gzip(PAGE)), "Content-Encoding",
        "gzip, br");

    assertThat(fetcher.get(server.url("/stack")).body()).isEqualTo(PAGE);
  }

  @Test
  void aCorruptGzipBodyIsANetworkFailure() throws Exception {
    server.serve("/bad", 200, PAGE, "Content-Encoding", "gzip");

    assertThatThrownBy(() -> fetcher.get(server.url("/bad")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.NETWORK));
  }

  @Test
  void anETagMatchGives304WithAnEmptyBodyAndTheValidatorsBack() throws Exception {
    server.on("/feed", exchange -> {
      if ("\"v7\"".equals(exchange.header("If-None-Match"))) {
        exchange.send(304, new byte[0]);
      } else {
        exchange.send(200, PAGE, "ETag", "\"v7\"");
      }
    });
    Validators sent = new Validators("\"v7\"", null);

    FetchResult result = fetcher.get(server.url("/feed"), sent);

    assertThat(result.notModified()).isTrue();
    assertThat(result.status()).isEqualTo(304);
    assertThat(result.body()).isEmpty();
    assertThat(result.validators()).isEqualTo(sent);
  }

  @Test
  void aLastModifiedMatchGives304AndANewerPageGives200() throws Exception {
    String date = "Sun, 01 Mar 2026 07:00:00 GMT";
    server.on("/feed", exchange -> {
      if (date.equals(exchange.header("If-Modified-Since"))) {
        exchange.send(304, new byte[0], "ETag", "\"new\"");
      } else {
        exchange.send(200, PAGE, "Last-Modified", date);
      }
    });

    FetchResult first = fetcher.get(server.url("/feed"));
    FetchResult second = fetcher.get(server.url("/feed"), first.validators());

    assertThat(first.notModified()).isFalse();
    assertThat(first.validators()).isEqualTo(new Validators(null, date));
    assertThat(second.notModified()).isTrue();
    assertThat(second.validators()).isEqualTo(new Validators("\"new\"", date));
    assertThat(server.seen().get(1).header("If-Modified-Since")).isEqualTo(date);
  }

  @Test
  void aRelativeRedirectIsResolvedAndRecorded() throws Exception {
    server.serve("/old/story", 301, new byte[0], "Location", "../new/story?id=5");
    server.serve("/new/story", 200, PAGE);

    FetchResult result = fetcher.get(server.url("/old/story"));

    assertThat(result.finalUrl()).isEqualTo(server.url("/new/story?id=5"));
    assertThat(result.redirects()).containsExactly(server.url("/new/story?id=5"));
    assertThat(result.requestedUrl()).isEqualTo(server.url("/old/story"));
    assertThat(result.body()).isEqualTo(PAGE);
  }

  @Test
  void aRedirectToARawArabicPathIsPercentEncoded() throws Exception {
    // Servers put the UTF-8 bytes on the wire; the JDK server writes header characters as ISO-8859-1.
    server.serve("/short", 302, new byte[0], "Location", new String("/أخبار".getBytes(UTF_8), ISO_8859_1));
    server.serve("/أخبار", 200, PAGE); // the JDK server matches contexts on the decoded path

    FetchResult result = fetcher.get(server.url("/short"));

    assertThat(result.finalUrl()).isEqualTo(server.url("/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1"));
    assertThat(server.seen().get(1).path()).isEqualTo("/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1");
  }

  @Test
  void aRedirectLoopIsTooManyRedirects() throws Exception {
    server.serve("/a", 302, new byte[0], "Location", "/b");
    server.serve("/b", 307, new byte[0], "Location", "/a");

    assertThatThrownBy(() -> fetcher.get(server.url("/a")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS);
          assertThat(e.url()).isEqualTo(server.url("/a"));
        });
    assertThat(server.count("/a")).isEqualTo(1);
  }

  @Test
  void aChainLongerThanMaxRedirectsStops() throws Exception {
    for (int i = 0; i < 10; i++) {
      server.serve("/hop" + i + "/", 301, new byte[0], "Location", "/hop" + (i + 1) + "/");
    }

    assertThatThrownBy(() -> fetcher.get(server.url("/hop0/")))
        .isInstanceOfSatisfying(FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS));
    assertThat(server.seen()).hasSize(6); // the request and the five redirects allowed
  }

  @Test
  void aRedirectToAnotherSchemeIsABadUrl() throws Exception {
    server.serve("/ftp", 302, new byte[0], "Location", "ftp://example.org/file");

    assertThatThrownBy(() -> fetcher.get(server.url("/ftp")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BAD_URL));
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    for (String url : new String[] {"file:///etc/passwd", "ftp://example.org/", "mailto:a@b.c", "/relative"}) {
      assertThatThrownBy(() -> fetcher.get(URI.create(url)))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BAD_URL));
    }
  }

  @Test
  void theFragmentIsNotSent() throws Exception {
    server.serve("/page", 200, PAGE);

    FetchResult result = fetcher.get(URI.create(server.url("/page") + "#section-2"));

    assertThat(server.seen().get(0).path()).isEqualTo("/page");
    assertThat(result.finalUrl()).isEqualTo(server.url("/page"));
  }

  private static byte[] deflate(byte[] bytes, boolean raw) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
      stream.write(bytes);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }
}
