package org.marsad.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Refuses URLs whose host resolves to a non-public address, before any connection is made (this
 * keeps a fetched feed from pointing Marsad at its own network: SSRF).
 *
 * <p>Every address the name resolves to is checked, because the HTTP client may connect to any of
 * them. Residual risk, by design: {@link java.net.http.HttpClient} resolves the name again when it
 * connects and cannot be told which address to use (it has no resolver hook, and connecting to the
 * IP ourselves would break TLS name checks and the {@code Host} header, which the client refuses to
 * set). Both lookups go through the JVM's address cache ({@code networkaddress.cache.ttl}, 30 s by
 * default), so a DNS-rebinding attack must switch answers within the window in which the cached
 * entry expires between the check and the connect. Deployments that fetch untrusted URLs should
 * also block private ranges at the network level.
 *
 * <p>Thread-safe.
 */
final class AddressGuard {
  /** Name resolution; {@link InetAddress#getAllByName} outside tests. */
  @FunctionalInterface
  interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
  }

  static final Resolver SYSTEM_RESOLVER = host -> Arrays.asList(InetAddress.getAllByName(host));

  private final Resolver resolver;
  private final Predicate<InetAddress> allowed;

  /**
   * @param resolver resolves host names (and parses literals)
   * @param allowed which addresses may be connected to
   */
  AddressGuard(Resolver resolver, Predicate<InetAddress> allowed) {
    this.resolver = resolver;
    this.allowed = allowed;
  }

  /** The guard for a configuration: public addresses only, unless private ones are allowed. */
  static @Nullable AddressGuard forConfig(FetchConfig config) {
    return config.allowPrivateAddresses() ? null : new AddressGuard(SYSTEM_RESOLVER, AddressClassifier::isPublic);
  }

  /** Resolves the URL's host and throws {@code BLOCKED_ADDRESS} if any of its addresses is refused. */
  void check(URI url) throws FetchException {
    String host = url.getHost();
    if (host == null) {
      throw new FetchException(FetchException.Reason.BAD_URL, url, "no host");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(FetchException.Reason.NETWORK, url, "unknown host " + host, e);
    }
    if (addresses.isEmpty()) {
      throw new FetchException(FetchException.Reason.NETWORK, url, "no address for " + host);
    }
    for (InetAddress address : addresses) {
      if (!allowed.test(address)) {
        String why = AddressClassifier.nonPublicReason(address);
        throw new FetchException(FetchException.Reason.BLOCKED_ADDRESS, url,
            host + " resolves to " + address.getHostAddress() + (why == null ? " (refused)" : " (" + why + ")"));
      }
    }
  }
}
