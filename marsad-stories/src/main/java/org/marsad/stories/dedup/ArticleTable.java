package org.marsad.stories.dedup;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.marsad.stories.text.Facts;
import org.marsad.stories.io.Snapshots;

/**
 * Per-article columns in growable arrays, one slot per article in arrival order: the ordinal, the
 * group, the content key, the shingle count, the wire set and the signature, the word count and
 * the word signature (both signatures their low 16 bits, all there is of them; see {@link
 * Similarity}), the facts, and the next member of its group (groups are circular lists through the
 * slots, so two groups merge by splicing). About 700 bytes per article, a fifth of them facts (8
 * bytes a fact). Not thread-safe.
 *
 * <p>Signatures live in fixed pages rather than one array: pages grow without copying.
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
  private long[] contentKeys = new long[INITIAL_CAPACITY];
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
    int slot = append(ordinal, group, fp.contentKey(), fp.shingles(), wireSet, fp.rawSignature(), 0);
    wordCounts[slot] = fp.words();
    facts[slot] = fp.facts();
    factBytes += fp.facts().bytes();
    short[] page = wordPage(slot);
    int[] words = fp.rawWordSignature();
    int base = (slot & (PAGE_ARTICLES - 1)) * Fingerprint.WORD_SIGNATURE_LENGTH;
    for (int i = 0; i < words.length; i++) {
      page[base + i] = (short) words[i];
    }
    return slot;
  }

  /**
   * Adds the article in slot {@code from} of {@code source} after all others here, in the group
   * it has there: how an index keeps what it does not evict. Ordinals must increase.
   */
  int appendFrom(ArticleTable source, int from) {
    int[] signature = new int[signatureLength];
    source.signature(from, signature);
    int slot = append(source.ordinals[from], source.groups[from], source.contentKeys[from], source.shingles[from],
        source.wireSets[from], signature, 0);
    wordCounts[slot] = source.wordCounts[from];
    facts[slot] = source.facts[from];
    factBytes += source.facts(from).bytes();
    int wordBase = (from & (PAGE_ARTICLES - 1)) * Fingerprint.WORD_SIGNATURE_LENGTH;
    System.arraycopy(source.wordPages[from >>> PAGE_SHIFT], wordBase, wordPage(slot),
        (slot & (PAGE_ARTICLES - 1)) * Fingerprint.WORD_SIGNATURE_LENGTH, Fingerprint.WORD_SIGNATURE_LENGTH);
    return slot;
  }

  private short[] wordPage(int slot) {
    int page = slot >>> PAGE_SHIFT;
    if (page == wordPages.length) {
      wordPages = Arrays.copyOf(wordPages, page + 1);
      wordPages[page] = new short[PAGE_ARTICLES * Fingerprint.WORD_SIGNATURE_LENGTH];
    }
    return wordPages[page];
  }

  /** Appends the columns every article has; the signature is read from {@code signature[from..]}. */
  private int append(int ordinal, int group, long contentKey, int shingleCount, int wireSet, int[] signature, int from) {
    if (size == Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("duplicate index is full at " + size + " articles");
    }
    if (size == ordinals.length) {
      long wanted = ordinals.length + (long) (ordinals.length >> 1);
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8, wanted);
      ordinals = Arrays.copyOf(ordinals, capacity);
      groups = Arrays.copyOf(groups, capacity);
      nextInGroup = Arrays.copyOf(nextInGroup, capacity);
      contentKeys = Arrays.copyOf(contentKeys, capacity);
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
    contentKeys[slot] = contentKey;
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
      target[base + i] = (short) signature[from + i];
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

  long contentKey(int slot) {
    return contentKeys[slot];
  }

  /** The article's signature, copied into {@code out}. */
  void signature(int slot, int[] out) {
    short[] page = pages[slot >>> PAGE_SHIFT];
    int base = (slot & (PAGE_ARTICLES - 1)) * signatureLength;
    for (int i = 0; i < signatureLength; i++) {
      out[i] = page[base + i];
    }
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

  /** The first slot whose ordinal is at least {@code ordinal}; {@link #size} when there is none. */
  int firstSlotFrom(int ordinal) {
    int found = Arrays.binarySearch(ordinals, 0, size, ordinal);
    return found >= 0 ? found : -found - 1;
  }

  /** The slot holding this ordinal, or -1: a binary search, as ordinals increase with slots. */
  int slotOf(int ordinal) {
    int found = Arrays.binarySearch(ordinals, 0, size, ordinal);
    return found >= 0 ? found : -1;
  }

  /** Writes every column of every slot, for {@link #readFrom}. */
  void writeTo(DataOutput out) throws IOException {
    out.writeInt(size);
    Snapshots.writeInts(out, ordinals, size);
    Snapshots.writeInts(out, groups, size);
    Snapshots.writeInts(out, nextInGroup, size);
    Snapshots.writeLongs(out, contentKeys, size);
    Snapshots.writeInts(out, shingles, size);
    Snapshots.writeInts(out, wireSets, size);
    Snapshots.writeInts(out, wordCounts, size);
    for (int slot = 0; slot < size; slot++) {
      facts(slot).writeTo(out);
    }
    for (int slot = 0; slot < size; slot++) {
      short[] page = pages[slot >>> PAGE_SHIFT];
      int base = (slot & (PAGE_ARTICLES - 1)) * signatureLength;
      for (int i = 0; i < signatureLength; i++) {
        out.writeShort(page[base + i]);
      }
      short[] words = wordPages[slot >>> PAGE_SHIFT];
      int wordBase = (slot & (PAGE_ARTICLES - 1)) * Fingerprint.WORD_SIGNATURE_LENGTH;
      for (int i = 0; i < Fingerprint.WORD_SIGNATURE_LENGTH; i++) {
        out.writeShort(words[wordBase + i]);
      }
    }
    out.writeInt(orphanEntries.size());
    for (Map.Entry<Integer, Integer> e : orphanEntries.entrySet()) {
      out.writeInt(e.getKey());
      out.writeInt(e.getValue());
    }
  }

  /** Reads what {@link #writeTo} wrote: the same slots, groups and circles. */
  static ArticleTable readFrom(DataInput in, int signatureLength) throws IOException {
    ArticleTable t = new ArticleTable(signatureLength);
    int n = in.readInt();
    if (n < 0 || n > Integer.MAX_VALUE - 8) {
      throw new IOException("article table: size " + n + " out of range");
    }
    t.size = n;
    int capacity = Math.max(n, INITIAL_CAPACITY);
    t.ordinals = Snapshots.readInts(in, "ordinals", n, capacity);
    t.groups = Snapshots.readInts(in, "groups", n, capacity);
    t.nextInGroup = Snapshots.readInts(in, "group circles", n, capacity);
    t.contentKeys = Snapshots.readLongs(in, "content keys", n, capacity);
    t.shingles = Snapshots.readInts(in, "shingles", n, capacity);
    t.wireSets = Snapshots.readInts(in, "wire sets", n, capacity);
    t.wordCounts = Snapshots.readInts(in, "word counts", n, capacity);
    t.facts = new Facts[capacity];
    for (int slot = 0; slot < n; slot++) {
      t.facts[slot] = Facts.readFrom(in);
      t.factBytes += t.facts[slot].bytes();
    }
    for (int slot = 0; slot < n; slot++) {
      int page = slot >>> PAGE_SHIFT;
      if (page == t.pages.length) {
        t.pages = Arrays.copyOf(t.pages, page + 1);
        t.pages[page] = new short[PAGE_ARTICLES * signatureLength];
      }
      int base = (slot & (PAGE_ARTICLES - 1)) * signatureLength;
      for (int i = 0; i < signatureLength; i++) {
        t.pages[page][base + i] = in.readShort();
      }
      short[] words = t.wordPage(slot);
      int wordBase = (slot & (PAGE_ARTICLES - 1)) * Fingerprint.WORD_SIGNATURE_LENGTH;
      for (int i = 0; i < Fingerprint.WORD_SIGNATURE_LENGTH; i++) {
        words[wordBase + i] = in.readShort();
      }
    }
    int orphans = Snapshots.count(in, "orphan groups");
    for (int i = 0; i < orphans; i++) {
      t.orphanEntries.put(in.readInt(), in.readInt());
    }
    return t;
  }

  long bytes() {
    return 8L * contentKeys.length + 4L * (ordinals.length + groups.length + nextInGroup.length + shingles.length + wireSets.length + wordCounts.length)
        + 48L * orphanEntries.size()
        + 8L * facts.length + factBytes
        + 2L * pages.length * PAGE_ARTICLES * signatureLength
        + 2L * wordPages.length * PAGE_ARTICLES * Fingerprint.WORD_SIGNATURE_LENGTH;
  }
}
