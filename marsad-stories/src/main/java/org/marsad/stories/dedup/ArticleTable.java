package org.marsad.stories.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.marsad.stories.text.Facts;

/**
 * Per-article columns in growable arrays, one slot per article in arrival order: the ordinal, the
 * group, the shingle count, the wire set and the signature's low 16 bits (see {@link
 * Similarity}), the word count and word signature (16 bits too), the facts, and the next member of
 * its group (groups are circular lists through the slots, so two groups merge by splicing). About
 * 550 bytes per article, a third of them facts (8 bytes a fact). Not thread-safe.
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
  /** The next slot of the same group, round a circle: a group's members from any one of them. */
  private int[] nextInGroup = new int[INITIAL_CAPACITY];
  /**
   * A member's slot for each group whose founder has no slot (restored without it): the circle's
   * entry point, which for every other group is its founder's slot.
   */
  private final Map<Integer, Integer> orphanEntries = new HashMap<>();
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
      nextInGroup = Arrays.copyOf(nextInGroup, capacity);
      shingles = Arrays.copyOf(shingles, capacity);
      wireSets = Arrays.copyOf(wireSets, capacity);
      wordCounts = Arrays.copyOf(wordCounts, capacity);
      facts = Arrays.copyOf(facts, capacity);
    }
    int entry = entryOf(group);
    int slot = size++;
    ordinals[slot] = ordinal;
    groups[slot] = group;
    if (entry < 0) {
      nextInGroup[slot] = slot;
      if (group != ordinal) {
        orphanEntries.put(group, slot);
      }
    } else {
      nextInGroup[slot] = nextInGroup[entry];
      nextInGroup[entry] = slot;
    }
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

  /**
   * Moves every member of group {@code from} into group {@code into} and returns their ordinals,
   * in slot order. Nothing happens (an empty array) when {@code from} has no members or is
   * {@code into}.
   */
  int[] merge(int from, int into) {
    int fromEntry = entryOf(from);
    if (from == into || fromEntry < 0) {
      return new int[0];
    }
    int[] moved = new int[4];
    int count = 0;
    int s = fromEntry;
    do {
      groups[s] = into;
      if (count == moved.length) {
        moved = Arrays.copyOf(moved, 2 * count);
      }
      moved[count++] = ordinals[s];
      s = nextInGroup[s];
    } while (s != fromEntry);
    moved = Arrays.copyOf(moved, count);
    Arrays.sort(moved); // the circle is not in slot order
    orphanEntries.remove(from);
    int intoEntry = entryOf(into);
    if (intoEntry < 0) {
      orphanEntries.put(into, fromEntry); // into had no members: the moved circle is all of it
    } else {
      int after = nextInGroup[intoEntry];
      nextInGroup[intoEntry] = nextInGroup[fromEntry];
      nextInGroup[fromEntry] = after;
    }
    return moved;
  }

  /** A slot of the group's circle, or -1 when the group has no member. */
  private int entryOf(int group) {
    int founder = slotOf(group);
    if (founder >= 0 && groups[founder] == group) {
      return founder;
    }
    Integer orphan = orphanEntries.get(group);
    return orphan != null ? orphan : -1;
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
    return 4L * (ordinals.length + groups.length + nextInGroup.length + shingles.length + wireSets.length + wordCounts.length)
        + 48L * orphanEntries.size()
        + 8L * facts.length + factBytes
        + 2L * pages.length * PAGE_ARTICLES * signatureLength
        + 2L * wordPages.length * PAGE_ARTICLES * Fingerprint.WORD_SIGNATURE_LENGTH;
  }
}
