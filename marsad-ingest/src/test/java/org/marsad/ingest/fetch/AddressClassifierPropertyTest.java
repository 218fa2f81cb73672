package org.marsad.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The IPv4 ranges hold for every address in them, and every IPv6 wrapping of an IPv4 agrees with it. */
class AddressClassifierPropertyTest {
  @Property
  void everyAddressInAPrivateRangeIsRefused(@ForAll int hostBits, @ForAll @IntRange(min = 0, max = 6) int which)
      throws UnknownHostException {
    int[][] ranges = { // base, prefix length
        {v4(10, 0, 0, 0), 8}, {v4(172, 16, 0, 0), 12}, {v4(192, 168, 0, 0), 16}, {v4(127, 0, 0, 0), 8},
        {v4(169, 254, 0, 0), 16}, {v4(100, 64, 0, 0), 10}, {v4(0, 0, 0, 0), 8}};
    int prefix = ranges[which][1];
    int address = ranges[which][0] | (hostBits >>> prefix);

    assertThat(AddressClassifier.isPublic(v4(address))).isFalse();
  }

  @Property
  void multicastAndReservedAreRefused(@ForAll int hostBits) throws UnknownHostException {
    int address = 0xe0000000 | (hostBits >>> 3); // 224.0.0.0/3: multicast and 240/4

    assertThat(AddressClassifier.isPublic(v4(address))).isFalse();
  }

  @Property
  void addressesFrom11To99AreOrdinaryPublicOnes(@ForAll @IntRange(min = 11, max = 99) int first, @ForAll int rest)
      throws UnknownHostException {
    int address = first << 24 | (rest & 0xffffff);

    assertThat(AddressClassifier.isPublic(v4(address))).isTrue();
  }

  @Property
  void mappedNat64And6to4FormsAgreeWithTheIpv4Address(@ForAll int address) throws UnknownHostException {
    boolean expected = AddressClassifier.isPublic(v4(address));

    assertThat(AddressClassifier.isPublic(v6(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1}, address, 12)))
        .isEqualTo(expected);
    assertThat(AddressClassifier.isPublic(v6(new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b}, address, 12)))
        .isEqualTo(expected);
    assertThat(AddressClassifier.isPublic(v6(new byte[] {0x20, 0x02}, address, 2))).isEqualTo(expected);
  }

  private static InetAddress v4(int address) throws UnknownHostException {
    return InetAddress.getByAddress(new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8),
        (byte) address});
  }

  private static InetAddress v6(byte[] prefix, int v4, int at) throws UnknownHostException {
    byte[] bytes = new byte[16];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    bytes[at] = (byte) (v4 >>> 24);
    bytes[at + 1] = (byte) (v4 >>> 16);
    bytes[at + 2] = (byte) (v4 >>> 8);
    bytes[at + 3] = (byte) v4;
    return Inet6Address.getByAddress(null, bytes, -1);
  }

  private static int v4(int a, int b, int c, int d) {
    return a << 24 | b << 16 | c << 8 | d;
  }
}
