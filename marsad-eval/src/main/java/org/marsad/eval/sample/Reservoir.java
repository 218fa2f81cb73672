package org.marsad.eval.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A uniform sample of at most {@code n} items from a stream of unknown length (reservoir
 * sampling, Algorithm R), seeded so that the same stream and seed give the same sample. Memory
 * holds the sample only. Not thread-safe.
 */
public final class Reservoir<T> {
  private final int n;
  private final Random random;
  private final List<T> items;
  private long seen;

  public Reservoir(int n, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("n: must be >= 1, got " + n);
    }
    this.n = n;
    this.random = new Random(seed);
    this.items = new ArrayList<>(n);
  }

  public void offer(T item) {
    seen++;
    if (items.size() < n) {
      items.add(item);
      return;
    }
    long j = (long) (random.nextDouble() * seen);
    if (j < n) {
      items.set((int) j, item);
    }
  }

  public List<T> items() {
    return List.copyOf(items);
  }

  /** Whether an article's title was read rather than derived (from its body or URL). */
  public static boolean hasRealTitle(org.marsad.model.Article a) {
    return !a.title().isBlank() && a.provenance().notes().stream().noneMatch(x -> x.startsWith("title derived"));
  }
}
