package org.marsad.stories.dedup;

import java.util.Arrays;

/**
 * Per-article columns in growable primitive arrays, one slot per article in arrival order: the
 * ordinal, the group, the shingle count, the wire set and the signature's low 16 bits (see {@link
 * Similarity}). About 270 bytes per article. Not thread-safe.
 *
 * <p>Signatures live in fixed pages rather than one array: 126 shorts per article would overflow
 * a single array's 2<sup>31</sup> elements at 17 million articles, and pages grow without copying.
 */
final class ArticleTable {
  private static final int INITIAL_CAPACITY = 256;

  private static final int PAGE_SHIFT = 12;

  private static final int PAGE_ARTICLES = 1 << PAGE_SHIFT;

  private final int signatureLength;
  private int size;
  private int[] ordinals = new int[INITIAL_CAPACITY];
  private int[] groups = new int[INITIAL_CAPACITY];
  private int[] shingles = new int[INITIAL_CAPACITY];
  private int[] wireSets = new int[INITIAL_CAPACITY];
  private short[][] pages = new short[0][];

  ArticleTable(int signatureLength) {
    this.signatureLength = signatureLength;
  }

  /** Adds an article after all others; ordinals must increase (the caller checks). */
  int append(int ordinal, int group, int shingleCount, int wireSet, int[] signature) {
    if (size == Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("duplicate index is full at " + size + " articles");
    }
    if (size == ordinals.length) {
      long wanted = ordinals.length + (long) (ordinals.length >> 1);
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8, wanted);
      ordinals = Arrays.copyOf(ordinals, capacity);
      groups = Arrays.copyOf(groups, capacity);
      shingles = Arrays.copyOf(shingles, capacity);
      wireSets = Arrays.copyOf(wireSets, capacity);
    }
    int slot = size++;
    ordinals[slot] = ordinal;
    groups[slot] = group;
    shingles[slot] = shingleCount;
    wireSets[slot] = wireSet;
    int page = slot >>> PAGE_SHIFT;
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, page + 1);
      pages[page] = new short[PAGE_ARTICLES * signatureLength];
    }
    short[] target = pages[page];
    int base = (slot & (PAGE_ARTICLES - 1)) * signatureLength;
    for (int i = 0; i < signatureLength; i++) {
      target[base + i] = (short) signature[i];
    }
    return slot;
  }

  int size() {
    return size;
  }

  int ordinal(int slot) {
    return ordinals[slot];
  }

  int group(int slot) {
    return groups[slot];
  }

  int shingles(int slot) {
    return shingles[slot];
  }

  int wireSet(int slot) {
    return wireSets[slot];
  }

  /** How many signature slots agree with the stored article's, on the bits the table keeps. */
  int agreements(int slot, int[] signature) {
    short[] page = pages[slot >>> PAGE_SHIFT];
    int base = (slot & (PAGE_ARTICLES - 1)) * signatureLength;
    int same = 0;
    for (int i = 0; i < signatureLength; i++) {
      if (Similarity.agree(page[base + i], signature[i])) {
        same++;
      }
    }
    return same;
  }

  /** The slot holding this ordinal, or -1: a binary search, as ordinals increase with slots. */
  int slotOf(int ordinal) {
    int found = Arrays.binarySearch(ordinals, 0, size, ordinal);
    return found >= 0 ? found : -1;
  }

  long bytes() {
    return 4L * (ordinals.length + groups.length + shingles.length + wireSets.length)
        + 2L * pages.length * PAGE_ARTICLES * signatureLength;
  }
}
