package org.marsad.stories.dedup;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
 *     ({@link #SIGNATURE_LENGTH} of them); copied in and out
 * @param shingles how many distinct shingles the body has
 */
public record Fingerprint(long contentKey, int[] signature, int shingles) {
  /**
   * MinHash functions per signature: 63 LSH bands of 2 rows by default, or 42 of 3 (see {@link
   * DedupConfig}). The estimate of a resemblance J has standard error sqrt(J(1-J)/126), 0.045 at
   * J = 0.5: fine enough for thresholds that will be tuned in steps of 0.05, and 128 or more
   * hashes would add memory (2 bytes each per article) for little.
   */
  public static final int SIGNATURE_LENGTH = 126;

  /** Bumped whenever words, hashes or seeds change: older encodings then fail to read. */
  static final int FORMAT_VERSION = 1;

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
    signature = signature.clone();
  }

  /** The fingerprint of a body given as its paragraphs, in order. Pure and thread-safe. */
  public static Fingerprint of(List<String> bodyParagraphs) {
    long[] words = Shingler.wordHashes(Shingler.words(bodyParagraphs));
    long[] shingles = Shingler.distinctShingles(words);
    return new Fingerprint(Shingler.contentKey(words), minHash(shingles), shingles.length);
  }

  private static int[] minHash(long[] shingles) {
    int[] signature = new int[SIGNATURE_LENGTH];
    for (int i = 0; i < SIGNATURE_LENGTH; i++) {
      long seed = SEEDS[i];
      long min = Long.MAX_VALUE;
      for (long shingle : shingles) {
        min = Math.min(min, Hashes.mix64(shingle ^ seed));
      }
      // The top 32 bits: two different shingles tie on them with probability 2^-32.
      signature[i] = shingles.length == 0 ? NO_SHINGLE : (int) (min >>> 32);
    }
    return signature;
  }

  @Override
  public int[] signature() {
    return signature.clone();
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
   * Writes a version byte, the content key, the shingle count as a varint and the signature:
   * 514 to 518 bytes. The signature is written whole; its minima are random bits that no
   * encoding can shrink.
   */
  public void writeTo(DataOutput out) throws IOException {
    out.writeByte(FORMAT_VERSION);
    out.writeLong(contentKey);
    int rest = shingles;
    while ((rest & ~0x7f) != 0) {
      out.writeByte((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    out.writeByte(rest);
    for (int value : signature) {
      out.writeInt(value);
    }
  }

  /** Reads what {@link #writeTo} wrote; a wrong version or a malformed count is an IOException. */
  public static Fingerprint readFrom(DataInput in) throws IOException {
    int version = in.readUnsignedByte();
    if (version != FORMAT_VERSION) {
      throw new StreamCorruptedException(
          "fingerprint format version " + version + ", expected " + FORMAT_VERSION);
    }
    long contentKey = in.readLong();
    int shingles = 0;
    for (int shift = 0; ; shift += 7) {
      if (shift > 28) {
        throw new StreamCorruptedException("fingerprint shingle count is longer than 5 bytes");
      }
      int b = in.readUnsignedByte();
      shingles |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
    }
    if (shingles < 0) {
      throw new StreamCorruptedException("fingerprint shingle count is negative: " + shingles);
    }
    int[] signature = new int[SIGNATURE_LENGTH];
    for (int i = 0; i < SIGNATURE_LENGTH; i++) {
      signature[i] = in.readInt();
    }
    return new Fingerprint(contentKey, signature, shingles);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && contentKey == f.contentKey
        && shingles == f.shingles
        && Arrays.equals(signature, f.signature);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(contentKey) * 31 * 31 + Arrays.hashCode(signature) * 31 + shingles;
  }

  @Override
  public String toString() {
    return "Fingerprint[contentKey=" + Long.toHexString(contentKey) + ", shingles=" + shingles + "]";
  }
}
