package org.marsad.ingest.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.ingest.fetch.FetchTesting.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The address guard in the fetcher: nothing reaches a refused address, names are judged by what they
 * resolve to, and redirects are judged hop by hop. Names are resolved by a fake DNS; the server
 * itself is always on 127.0.0.1.
 */
class FetcherGuardTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
    server.serve("/", 200, "<p>داخلي</p>".getBytes(UTF_8));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void withPrivateAddressesRefusedTheLoopbackServerSeesNothing() {
    try (Fetcher fetcher = new Fetcher(config().withAllowPrivateAddresses(false).withObeyRobots(true))) {
      assertThatThrownBy(() -> fetcher.get(server.url("/")))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
            assertThat(e).hasMessageContaining("loopback");
          });
    }
    assertThat(server.seen()).isEmpty(); // not the page, not robots.txt
  }

  @Test
  void aPublicLookingNameThatResolvesToLoopbackIsRefused() {
    AddressGuard guard = new AddressGuard(dns(Map.of("news.example.com", List.of(LOOPBACK))), AddressClassifier::isPublic);

    try (Fetcher fetcher = new Fetcher(config(), new FakeClock(), guard)) {
      assertThatThrownBy(() -> fetcher.get(URI.create("http://news.example.com:" + server.port() + "/")))
          .isInstanceOfSatisfying(FetchException.class,
              e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS));
    }
    assertThat(server.seen()).isEmpty();
  }

  @Test
  void oneRefusedAddressAmongSeveralIsEnough() throws Exception {
    InetAddress publicOne = InetAddress.getByName("93.184.215.14");
    AddressGuard guard = new AddressGuard(dns(Map.of("mixed.example", List.of(publicOne, InetAddress.getByName("10.0.0.5")))),
        AddressClassifier::isPublic);

    assertThatThrownBy(() -> guard.check(URI.create("http://mixed.example/")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
          assertThat(e).hasMessageContaining("10.0.0.5 (private)");
        });
  }

  @Test
  void aRedirectFromAnAllowedHostToAPrivateOneIsRefused() {
    // Policy for this test: the server's own 127.0.0.1 counts as allowed, everything else must be public.
    AddressGuard guard = new AddressGuard(dns(Map.of("intranet.example", List.of(addr("10.1.2.3")))),
        a -> a.equals(addr("127.0.0.1")) || AddressClassifier.isPublic(a));
    server.serve("/go", 302, new byte[0], "Location", "http://intranet.example:" + server.port() + "/admin");
    server.serve("/hop", 302, new byte[0], "Location", "http://[::1]:" + server.port() + "/admin");

    try (Fetcher fetcher = new Fetcher(config(), new FakeClock(), guard)) {
      assertThatThrownBy(() -> fetcher.get(server.url("/go")))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
            assertThat(e.url()).isEqualTo(URI.create("http://intranet.example:" + server.port() + "/admin"));
          });
      assertThatThrownBy(() -> fetcher.get(server.url("/hop")))
          .isInstanceOfSatisfying(FetchException.class,
              e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS));
    }
    assertThat(server.seen()).extracting(TestServer.Seen::path).containsExactly("/go", "/hop");
  }

  @Test
  void anUnknownHostIsANetworkFailure() {
    AddressGuard guard = new AddressGuard(dns(Map.of()), AddressClassifier::isPublic);

    assertThatThrownBy(() -> guard.check(URI.create("http://nowhere.invalid/")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.NETWORK));
  }

  /** A fake DNS: literals parse as usual, names come from the map. */
  private static AddressGuard.Resolver dns(Map<String, List<InetAddress>> names) {
    return host -> {
      if (names.containsKey(host)) {
        return names.get(host);
      }
      if (host.matches("[0-9.]+") || host.contains(":")) {
        return List.of(InetAddress.getByName(host));
      }
      throw new UnknownHostException(host);
    };
  }

  private static InetAddress addr(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }
}
