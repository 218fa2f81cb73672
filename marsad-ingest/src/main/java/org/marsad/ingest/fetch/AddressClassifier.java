package org.marsad.ingest.fetch;

import java.net.InetAddress;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Says whether an IP address is on the public Internet. Works on the raw bytes, so an address is
 * judged the same however Java represents it (an {@code Inet6Address} holding an IPv4-mapped form
 * is judged by its IPv4 address).
 *
 * <p>Refused beyond the obvious private ranges: IANA special-purpose blocks that are never a news
 * site (documentation, benchmarking, reserved, the 6to4 relay, Teredo), because a guard that errs
 * towards refusing only costs a fetch, while one that errs the other way exposes the network it runs
 * in. IPv6 forms that embed an IPv4 address (mapped, NAT64 {@code 64:ff9b::/96}, 6to4
 * {@code 2002::/16}) are judged by the embedded address. Any other IPv6 address outside the global
 * unicast block {@code 2000::/3} is refused.
 */
final class AddressClassifier {
  private record V4Range(int base, int prefix, String name) {
    boolean contains(int address) {
      int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
      return (address & mask) == (base & mask);
    }
  }

  // RFC 6890 and the IANA IPv4 special-purpose registry.
  private static final List<V4Range> V4_NON_PUBLIC = List.of(
      new V4Range(v4(0, 0, 0, 0), 8, "unspecified (this network)"),
      new V4Range(v4(10, 0, 0, 0), 8, "private"),
      new V4Range(v4(100, 64, 0, 0), 10, "carrier-grade NAT"),
      new V4Range(v4(127, 0, 0, 0), 8, "loopback"),
      new V4Range(v4(169, 254, 0, 0), 16, "link-local"),
      new V4Range(v4(172, 16, 0, 0), 12, "private"),
      new V4Range(v4(192, 0, 0, 0), 24, "IETF protocol assignments"),
      new V4Range(v4(192, 0, 2, 0), 24, "documentation"),
      new V4Range(v4(192, 88, 99, 0), 24, "6to4 relay anycast"),
      new V4Range(v4(192, 168, 0, 0), 16, "private"),
      new V4Range(v4(198, 18, 0, 0), 15, "benchmarking"),
      new V4Range(v4(198, 51, 100, 0), 24, "documentation"),
      new V4Range(v4(203, 0, 113, 0), 24, "documentation"),
      new V4Range(v4(224, 0, 0, 0), 4, "multicast"),
      new V4Range(v4(240, 0, 0, 0), 4, "reserved or broadcast"));

  private AddressClassifier() {}

  /** True when the address is public, that is when {@link #nonPublicReason} is null. */
  static boolean isPublic(InetAddress address) {
    return nonPublicReason(address) == null;
  }

  /** Why the address is not public (for example {@code "loopback"}), or null when it is public. */
  static @Nullable String nonPublicReason(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 4 ? v4Reason(toInt(bytes, 0)) : v6Reason(bytes);
  }

  private static @Nullable String v4Reason(int address) {
    for (V4Range range : V4_NON_PUBLIC) {
      if (range.contains(address)) {
        return range.name();
      }
    }
    return null;
  }

  private static @Nullable String v6Reason(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (isZero(b, 0, 10)) {
      if ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        return embedded("IPv4-mapped", toInt(b, 12));
      }
      if (isZero(b, 10, 15)) {
        int last = b[15] & 0xff;
        if (last == 0) {
          return "unspecified";
        }
        if (last == 1) {
          return "loopback";
        }
      }
      return isZero(b, 10, 12) ? "IPv4-compatible (deprecated)" : "reserved";
    }
    if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      // 64:ff9b::/96 is the well-known NAT64 prefix; 64:ff9b:1::/48 is for local use.
      return isZero(b, 4, 12) ? embedded("NAT64", toInt(b, 12)) : "local-use NAT64";
    }
    if (first == 0x20 && second == 0x01) {
      int third = b[2] & 0xff;
      int fourth = b[3] & 0xff;
      if (third == 0 && fourth == 0) {
        return "Teredo";
      }
      if (third == 0x0d && fourth == 0xb8) {
        return "documentation";
      }
      return null;
    }
    if (first == 0x20 && second == 0x02) {
      return embedded("6to4", toInt(b, 2));
    }
    if ((first & 0xe0) == 0x20) {
      return null;
    }
    if ((first & 0xfe) == 0xfc) {
      return "unique-local";
    }
    if (first == 0xfe && (second & 0xc0) == 0x80) {
      return "link-local";
    }
    if (first == 0xfe && (second & 0xc0) == 0xc0) {
      return "site-local (deprecated)";
    }
    if (first == 0xff) {
      return "multicast";
    }
    // Only 2000::/3 is allocated as global unicast; the rest (100::/64 discard-only, ...) is not a web site.
    return "outside global unicast";
  }

  private static @Nullable String embedded(String form, int v4) {
    String reason = v4Reason(v4);
    return reason == null ? null : form + " " + reason;
  }

  private static boolean isZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static int toInt(byte[] b, int offset) {
    return (b[offset] & 0xff) << 24 | (b[offset + 1] & 0xff) << 16 | (b[offset + 2] & 0xff) << 8
        | (b[offset + 3] & 0xff);
  }

  private static int v4(int a, int b, int c, int d) {
    return a << 24 | b << 16 | c << 8 | d;
  }
}
