package org.marsad.stories.dedup;

/**
 * The 64-bit hashing every fingerprint is built from. Fixed forever for a given {@link
 * Fingerprint#FORMAT_VERSION}: stored fingerprints are only comparable with new ones while these
 * functions and constants stay the same. Thread-safe (pure functions).
 */
final class Hashes {
  /** FNV-1a 64-bit offset basis and prime: a simple, well-known way to fold chars into 64 bits. */
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;

  private static final long FNV_PRIME = 0x100000001b3L;

  /** The golden-ratio increment of splitmix64 (Steele, Lea and Flood, OOPSLA 2014). */
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private Hashes() {}

  /**
   * The splitmix64 finalizer (Stafford's "variant 13" of MurmurHash3's fmix64): a bijection on 64
   * bits in which every input bit affects every output bit. FNV alone clusters on similar words,
   * and {@code String.hashCode} is only 32 bits with known structured collisions.
   */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A word's hash: FNV-1a over its UTF-16 units, then {@link #mix64} to spread it. */
  static long word(CharSequence word) {
    long h = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * FNV_PRIME;
    }
    return mix64(h);
  }

  /**
   * Folds one more value into an order-sensitive running hash: {@code (a, b)} and {@code (b, a)}
   * give different results because the mix is not linear.
   */
  static long chain(long running, long next) {
    return mix64(running ^ next);
  }

  /** {@code count} seeds from splitmix64 started at {@code start}: fixed constants, not random. */
  static long[] seeds(long start, int count) {
    long[] seeds = new long[count];
    long state = start;
    for (int i = 0; i < count; i++) {
      state += GOLDEN;
      seeds[i] = mix64(state);
    }
    return seeds;
  }
}
