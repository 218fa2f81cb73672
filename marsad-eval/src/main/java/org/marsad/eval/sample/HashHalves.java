package org.marsad.eval.sample;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Splits a dev set into a tuning half and a checking half by a hash of each item's id
 * ({@code sha1(id) % 2}): 0 is tuned on, 1 only checked, and the gap between the two predicts how
 * a result holds on data nobody tuned to. Thread-safe.
 */
public final class HashHalves {
  private HashHalves() {}

  /** The half of the item: 0 (tune) or 1 (check). */
  public static int of(String id) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8));
      return new BigInteger(1, digest).testBit(0) ? 1 : 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JVM", e);
    }
  }
}
