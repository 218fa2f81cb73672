package org.marsad.ingest;

import java.util.Arrays;
import java.util.Collection;

/**
 * 64-bit hashes of line keys (FNV-1a over the key's chars), so that what readers learn of a site's
 * pages (the page reader's site templates, the HTML reader's site furniture) keeps eight bytes a
 * line instead of its text: at 64 bits, two different lines of one run collide with a chance of
 * about n²/2⁶⁵, nothing for any number of pages one machine reads. Thread-safe.
 */
public final class LineHash {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private LineHash() {}

  public static long of(String key) {
    long h = OFFSET;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= PRIME;
    }
    return h;
  }

  /** The distinct hashes, sorted, for merging. */
  public static long[] sorted(Collection<Long> hashes) {
    long[] out = hashes.stream().mapToLong(Long::longValue).distinct().toArray();
    Arrays.sort(out);
    return out;
  }

  /** How many hashes two sorted arrays share. */
  public static int shared(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
