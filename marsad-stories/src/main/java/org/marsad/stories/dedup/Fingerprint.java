package org.marsad.stories.dedup;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.marsad.stories.text.ArticleFacts;
import org.marsad.stories.text.Facts;

/**
 * Body fingerprint. Title excluded: copies are often re-headlined. Immutable and thread-safe;
 * {@link #of} is pure.
 *
 * <p>The body is read as the search form's words ({@link
 * org.marsad.arabic.normalize.ArabicNormalizer#searchKey}: harakat, tatweel, alef, yeh and teh
 * marbuta variants and digits folded), letters and digits only, so a copy that differs only in
 * punctuation, diacritics or spelling variants has the same content key.
 *
 * @param contentKey a 64-bit hash of the whole normalized word sequence; 0 for a body without words
 * @param signature MinHash minima of the body's 4-word shingles, one per fixed hash function
 *     ({@link #SIGNATURE_LENGTH} of them), kept as their low 16 bits sign-extended ({@link
 *     Similarity}); copied in and out
 * @param shingles how many distinct shingles the body has
 * @param wordSignature MinHash minima of the body's distinct words as light stems (stop words
 *     left out, numbers kept), {@link #WORD_SIGNATURE_LENGTH} of them: a bag of words, so a
 *     reprint whose sentences were reordered, cut or lightly reworded still shows as contained
 *     in its release where its 4-word shingles no longer do; copied in and out
 * @param words how many distinct words the body has, counted as for {@code wordSignature}
 * @param facts the body's distinguishing facts ({@link ArticleFacts}): what tells template
 *     siblings apart
 */
public record Fingerprint(long contentKey, int[] signature, int shingles, int[] wordSignature, int words, Facts facts) {
  /**
   * MinHash functions per signature: 63 LSH bands of 2 rows by default, or 42 of 3 (see {@link
   * DedupConfig}). The estimate of a resemblance J has standard error sqrt(J(1-J)/126), 0.045 at
   * J = 0.5: fine enough for thresholds that will be tuned in steps of 0.05, and 128 or more
   * hashes would add memory (2 bytes each per article) for little.
   */
  public static final int SIGNATURE_LENGTH = 126;

  /** MinHash functions of the word signature: the containment of 0.8 it is compared at is estimated within about ±0.05. */
  public static final int WORD_SIGNATURE_LENGTH = 128;

  /**
   * Bumped whenever words, hashes or seeds change. Version 1 had no word signature nor facts: it
   * is still read, as a fingerprint without them ({@link #NO_WORDS}, {@link Facts#NONE}), so a
   * store written by an older Marsad is matched by its shingles alone. Versions 1 and 2 wrote the
   * shingle signature whole; its low 16 bits are read.
   */
  static final int FORMAT_VERSION = 3;

  /** The word signature of a body without words, and of one read from version 1: it matches nothing. */
  static final int[] NO_WORDS = noWords();

  private static final long[] WORD_SEEDS = Hashes.seeds(0x6d61727361642d77L, WORD_SIGNATURE_LENGTH);

  /** Fixed seeds, not random: the same text must give the same signature in every process. */
  private static final long[] SEEDS = Hashes.seeds(0x6d61727361642d6dL, SIGNATURE_LENGTH);

  /** The top half of Long.MAX_VALUE: the signature slot of a body without shingles. */
  private static final int NO_SHINGLE = Integer.MAX_VALUE;

  public Fingerprint {
    Objects.requireNonNull(signature, "signature");
    if (signature.length != SIGNATURE_LENGTH) {
      throw new IllegalArgumentException(
          "signature must have " + SIGNATURE_LENGTH + " values: " + signature.length);
    }
    if (shingles < 0) {
      throw new IllegalArgumentException("shingles must not be negative: " + shingles);
    }
    Objects.requireNonNull(wordSignature, "wordSignature");
    Objects.requireNonNull(facts, "facts");
    if (wordSignature.length != WORD_SIGNATURE_LENGTH) {
      throw new IllegalArgumentException(
          "wordSignature must have " + WORD_SIGNATURE_LENGTH + " values: " + wordSignature.length);
    }
    if (words < 0) {
      throw new IllegalArgumentException("words must not be negative: " + words);
    }
    signature = lowBits(signature.clone());
    wordSignature = lowBits(wordSignature.clone());
  }

  /** A fingerprint of shingles alone, without words or facts (as version 1 stored them). */
  public Fingerprint(long contentKey, int[] signature, int shingles) {
    this(contentKey, signature, shingles, NO_WORDS, 0, Facts.NONE);
  }

  /** The fingerprint of a body given as its paragraphs, in order. Pure and thread-safe. */
  public static Fingerprint of(List<String> bodyParagraphs) {
    List<String> words = Shingler.words(bodyParagraphs);
    long[] hashes = Shingler.wordHashes(words);
    long[] shingles = Shingler.distinctShingles(hashes);
    long[] stems = Shingler.distinctStems(words);
    return new Fingerprint(Shingler.contentKey(hashes), minHash(shingles, SEEDS), shingles.length,
        minHash(stems, WORD_SEEDS), stems.length, ArticleFacts.of(bodyParagraphs));
  }

  /**
   * The low 16 bits, sign-extended: all that is compared, banded or stored of a signature (b-bit
   * minwise hashing, see {@link Similarity}; an LSH band of two slots still keys on 32 bits).
   */
  private static int[] lowBits(int[] signature) {
    for (int i = 0; i < signature.length; i++) {
      signature[i] = (short) signature[i];
    }
    return signature;
  }

  private static int[] minHash(long[] shingles, long[] seeds) {
    int[] signature = new int[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      long seed = seeds[i];
      long min = Long.MAX_VALUE;
      for (long shingle : shingles) {
        min = Math.min(min, Hashes.mix64(shingle ^ seed));
      }
      // The top 32 bits: two different shingles tie on them with probability 2^-32.
      signature[i] = shingles.length == 0 ? NO_SHINGLE : (int) (min >>> 32);
    }
    return signature;
  }

  private static int[] noWords() {
    int[] none = new int[WORD_SIGNATURE_LENGTH];
    Arrays.fill(none, (short) NO_SHINGLE);
    return none;
  }

  @Override
  public int[] signature() {
    return signature.clone();
  }

  @Override
  public int[] wordSignature() {
    return wordSignature.clone();
  }

  /** The word signature itself, not a copy, for this package's readers. */
  int[] rawWordSignature() {
    return wordSignature;
  }

  /** Estimated Jaccard resemblance of the two bodies' word sets; 0 when either has no words. */
  public double wordResemblance(Fingerprint other) {
    if (words == 0 || other.words == 0) {
      return 0.0;
    }
    return (double) Similarity.agreements(wordSignature, other.wordSignature) / WORD_SIGNATURE_LENGTH;
  }

  /** Estimated share of the smaller body's words that the larger one also has, in [0, 1]. */
  public double wordContainment(Fingerprint other) {
    return Similarity.containment(wordResemblance(other), words, other.words);
  }

  /** The signature itself, not a copy: for this package's readers, which never write to it. */
  int[] rawSignature() {
    return signature;
  }

  /** Estimated Jaccard resemblance of the two bodies' shingle sets, in [0, 1]. */
  public double resemblance(Fingerprint other) {
    return (double) Similarity.agreements(signature, other.signature) / SIGNATURE_LENGTH;
  }

  /** Estimated share of the smaller body's shingles that the larger one also has, in [0, 1]. */
  public double containment(Fingerprint other) {
    return Similarity.containment(resemblance(other), shingles, other.shingles);
  }

  /**
   * Writes a version byte, the content key, the shingle count as a varint and the signature,
   * then the word count as a varint, the word signature and the facts: about 700 bytes with 20
   * facts. The signatures are their low 16 bits (all there is; see {@link Similarity}), random
   * bits that no encoding can shrink.
   */
  public void writeTo(DataOutput out) throws IOException {
    out.writeByte(FORMAT_VERSION);
    out.writeLong(contentKey);
    writeCount(out, shingles);
    for (int value : signature) {
      out.writeShort(value);
    }
    writeCount(out, words);
    for (int value : wordSignature) {
      out.writeShort(value);
    }
    facts.writeTo(out);
  }

  private static void writeCount(DataOutput out, int count) throws IOException {
    int rest = count;
    while ((rest & ~0x7f) != 0) {
      out.writeByte((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    out.writeByte(rest);
  }

  /** Reads what {@link #writeTo} wrote; a wrong version or a malformed count is an IOException. */
  public static Fingerprint readFrom(DataInput in) throws IOException {
    int version = in.readUnsignedByte();
    if (version < 1 || version > FORMAT_VERSION) {
      throw new StreamCorruptedException(
          "fingerprint format version " + version + ", expected 1 to " + FORMAT_VERSION);
    }
    long contentKey = in.readLong();
    int shingles = readCount(in, "shingle");
    int[] signature = new int[SIGNATURE_LENGTH];
    for (int i = 0; i < SIGNATURE_LENGTH; i++) {
      signature[i] = version < 3 ? in.readInt() : in.readShort(); // before 3, written whole
    }
    if (version == 1) {
      return new Fingerprint(contentKey, signature, shingles);
    }
    int words = readCount(in, "word");
    int[] wordSignature = new int[WORD_SIGNATURE_LENGTH];
    for (int i = 0; i < WORD_SIGNATURE_LENGTH; i++) {
      wordSignature[i] = in.readShort();
    }
    return new Fingerprint(contentKey, signature, shingles, wordSignature, words, Facts.readFrom(in));
  }

  private static int readCount(DataInput in, String what) throws IOException {
    int shingles = 0;
    for (int shift = 0; ; shift += 7) {
      if (shift > 28) {
        throw new StreamCorruptedException("fingerprint " + what + " count is longer than 5 bytes");
      }
      int b = in.readUnsignedByte();
      shingles |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
    }
    if (shingles < 0) {
      throw new StreamCorruptedException("fingerprint " + what + " count is negative: " + shingles);
    }
    return shingles;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && contentKey == f.contentKey
        && shingles == f.shingles
        && Arrays.equals(signature, f.signature)
        && words == f.words
        && Arrays.equals(wordSignature, f.wordSignature)
        && facts.equals(f.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contentKey, Arrays.hashCode(signature), shingles, Arrays.hashCode(wordSignature), words, facts);
  }

  @Override
  public String toString() {
    return "Fingerprint[contentKey=" + Long.toHexString(contentKey) + ", shingles=" + shingles
        + ", words=" + words + ", facts=" + facts.size() + "]";
  }
}
