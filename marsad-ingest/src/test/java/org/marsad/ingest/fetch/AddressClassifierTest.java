package org.marsad.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;

/** Address literals and their classes, from {@code fetch/addresses.tsv}. */
class AddressClassifierTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvFileSource(resources = "/fetch/addresses.tsv", delimiter = '\t', encoding = "UTF-8")
  void classifiesTheLiteral(String literal, String expected) throws Exception {
    InetAddress address = InetAddress.getByName(literal); // a literal: no DNS lookup

    assertThat(String.valueOf(AddressClassifier.nonPublicReason(address)))
        .isEqualTo(expected.equals("public") ? "null" : expected);
  }

  @Test
  void anIpv4MappedAddressKeptAsIpv6IsJudgedByItsIpv4Address() throws Exception {
    // InetAddress.getByName turns ::ffff:a.b.c.d into an Inet4Address; an Inet6Address can still hold it.
    byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
    InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

    assertThat(address).isInstanceOf(Inet6Address.class);
    assertThat(AddressClassifier.nonPublicReason(address)).isEqualTo("IPv4-mapped loopback");
    assertThat(InetAddress.getByName("::ffff:127.0.0.1")).isInstanceOf(Inet4Address.class);
  }
}
