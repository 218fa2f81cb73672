package org.marsad.store.lucene;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.marsad.store.Placement;

/**
 * How a {@link Placement} lives in an article's document (schema version 3): every part in doc
 * values, read without loading stored fields, and group and story also as terms for member
 * lookups. Stateless, except {@link Leaf}.
 */
final class PlacementFields {
  /** Group id: a term for {@code groupMembers}, sorted doc values to read and count it. */
  static final String GROUP = "placement_group";
  /** Story id: a term for {@code storyMembers}, sorted doc values to read and count it. */
  static final String STORY = "placement_story";
  /** Sequence as numeric doc values only: read, sorted on, never searched. */
  static final String SEQUENCE = "placement_sequence";
  /** The engine's fingerprint as binary doc values, kept byte for byte. */
  static final String FINGERPRINT = "placement_fingerprint";
  /**
   * The article id again, as binary doc values: {@link PlacementScan} reads every placed article's
   * id, and from stored fields that cost a block decompression each, most of a 31k-article scan.
   */
  static final String ARTICLE = "placement_article";
  /** The engine's related keys, indexed only (see {@link Placement#relatedKeys}). */
  static final String RELATED_KEY = "placement_related_key";

  /**
   * Lucene rejects terms and sorted values over 32766 bytes; ids are article ids, far shorter, so
   * a longer one is a caller's bug, not data to store truncated.
   */
  private static final int MAX_ID_BYTES = 32766;

  private PlacementFields() {}

  static void add(Document doc, String articleId, Placement p) {
    addId(doc, GROUP, "groupId", p.groupId());
    addId(doc, STORY, "storyId", p.storyId());
    doc.add(new NumericDocValuesField(SEQUENCE, p.sequence()));
    doc.add(new BinaryDocValuesField(FINGERPRINT, new BytesRef(p.fingerprint())));
    doc.add(new BinaryDocValuesField(ARTICLE, new BytesRef(articleId)));
    for (String key : p.relatedKeys()) {
      if (!key.isEmpty() && key.length() <= MAX_KEY_CHARS) {
        doc.add(new StringField(RELATED_KEY, key, Field.Store.NO));
      }
    }
  }

  /** Keys are short codes; a longer one is not a key and is not indexed. */
  private static final int MAX_KEY_CHARS = 64;

  private static void addId(Document doc, String field, String name, String id) {
    BytesRef bytes = new BytesRef(id);
    if (bytes.length > MAX_ID_BYTES) {
      throw new IllegalArgumentException(name + ": longer than " + MAX_ID_BYTES + " UTF-8 bytes");
    }
    doc.add(new StringField(field, bytes, Field.Store.NO));
    doc.add(new SortedDocValuesField(field, bytes));
  }

  /**
   * Feeds the placement to a content hash, every part length-prefixed so no two placements (or a
   * placement and none) feed the same bytes.
   */
  static void hash(MessageDigest digest, @Nullable Placement p) {
    if (p == null) {
      digest.update((byte) 0);
      return;
    }
    digest.update((byte) 1);
    lengthPrefixed(digest, p.groupId().getBytes(StandardCharsets.UTF_8));
    lengthPrefixed(digest, p.storyId().getBytes(StandardCharsets.UTF_8));
    digest.update(ByteBuffer.allocate(Long.BYTES).putLong(p.sequence()).array());
    lengthPrefixed(digest, p.fingerprint());
  }

  private static void lengthPrefixed(MessageDigest digest, byte[] bytes) {
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    digest.update(bytes);
  }

  /** The placement of top-level document {@code doc}, or null. */
  static @Nullable Placement read(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return new Leaf(leaf.reader()).read(doc - leaf.docBase);
  }

  /**
   * The placements of one segment. Doc values iterate forward only, so documents must be read in
   * ascending order; start a new one to go back. Not thread-safe.
   */
  static final class Leaf {
    private final SortedDocValues groups;
    private final SortedDocValues stories;
    private final NumericDocValues sequences;
    private final BinaryDocValues fingerprints;
    private final BinaryDocValues articles;

    Leaf(LeafReader reader) throws IOException {
      // Empty for segments written before version 3: their documents have no placement.
      groups = DocValues.getSorted(reader, GROUP);
      stories = DocValues.getSorted(reader, STORY);
      sequences = DocValues.getNumeric(reader, SEQUENCE);
      fingerprints = DocValues.getBinary(reader, FINGERPRINT);
      articles = DocValues.getBinary(reader, ARTICLE);
    }

    /** The id of placed segment document {@code doc}, at or after the last one read; or null. */
    @Nullable String articleId(int doc) throws IOException {
      return articles.advanceExact(doc) ? articles.binaryValue().utf8ToString() : null;
    }

    /** The placement of segment document {@code doc}, at or after the last one read; or null. */
    @Nullable Placement read(int doc) throws IOException {
      if (!groups.advanceExact(doc) || !stories.advanceExact(doc) || !sequences.advanceExact(doc)) {
        return null;
      }
      BytesRef fp = fingerprints.advanceExact(doc) ? fingerprints.binaryValue() : new BytesRef();
      return new Placement(
          groups.lookupOrd(groups.ordValue()).utf8ToString(),
          stories.lookupOrd(stories.ordValue()).utf8ToString(),
          sequences.longValue(),
          Arrays.copyOfRange(fp.bytes, fp.offset, fp.offset + fp.length));
    }
  }
}
