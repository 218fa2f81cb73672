package org.marsad.stories.dedup;

import java.util.Arrays;
import org.marsad.stories.text.Facts;

/**
 * Per-article columns in growable arrays, one slot per article in arrival order: the ordinal, the
 * group, the shingle count, the wire set and the signature's low 16 bits (see {@link
 * Similarity}), the word count and word signature (16 bits too) and the facts. About 550 bytes
 * per article, a third of them facts (8 bytes a fact). Not thread-safe.
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
  private int[] wordCounts = new int[INITIAL_CAPACITY];
  private Facts[] facts = new Facts[INITIAL_CAPACITY];
  private long factBytes;
  private short[][] pages = new short[0][];
  private short[][] wordPages = new short[0][];

  ArticleTable(int signatureLength) {
    this.signatureLength = signatureLength;
  }

  /** Adds an article after all others; ordinals must increase (the caller checks). */
  int append(int ordinal, int group, int wireSet, Fingerprint fp) {
    int slot = append(ordinal, group, fp.shingles(), wireSet, fp.rawSignature());
    wordCounts[slot] = fp.words();
    facts[slot] = fp.facts();
    factBytes += fp.facts().bytes();
    int page = slot >>> PAGE_SHIFT;
    if (page == wordPages.length) {
      wordPages = Arrays.copyOf(wordPages, page + 1);
      wordPages[page] = new short[PAGE_ARTICLES * Fingerprint.WORD_SIGNATURE_LENGTH];
    }
    int[] words = fp.rawWordSignature();
    int base = (slot & (PAGE_ARTICLES - 1)) * Fingerprint.WORD_SIGNATURE_LENGTH;
    for (int i = 0; i < words.length; i++) {
      wordPages[page][base + i] = (short) words[i];
    }
    return slot;
  }

  private int append(int ordinal, int group, int shingleCount, int wireSet, int[] signature) {
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
      wordCounts = Arrays.copyOf(wordCounts, capacity);
      facts = Arrays.copyOf(facts, capacity);
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

  int words(int slot) {
    return wordCounts[slot];
  }

  Facts facts(int slot) {
    Facts f = facts[slot];
    return f != null ? f : Facts.NONE;
  }

  /** How many word-signature slots agree with the stored article's. */
  int wordAgreements(int slot, int[] wordSignature) {
    short[] page = wordPages[slot >>> PAGE_SHIFT];
    int base = (slot & (PAGE_ARTICLES - 1)) * Fingerprint.WORD_SIGNATURE_LENGTH;
    int same = 0;
    for (int i = 0; i < Fingerprint.WORD_SIGNATURE_LENGTH; i++) {
      if (Similarity.agree(page[base + i], wordSignature[i])) {
        same++;
      }
    }
    return same;
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
    return 4L * (ordinals.length + groups.length + shingles.length + wireSets.length + wordCounts.length)
        + 8L * facts.length + factBytes
        + 2L * pages.length * PAGE_ARTICLES * signatureLength
        + 2L * wordPages.length * PAGE_ARTICLES * Fingerprint.WORD_SIGNATURE_LENGTH;
  }
}
