package org.marsad.store.lucene;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.model.Article;
import org.marsad.store.Placement;

/** The index schema: field names and how an article becomes a Lucene document. Stateless. */
final class ArticleDocuments {
  static final String ID = "id";
  static final String URL = "url";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String TAGS = "tags";
  /** Stored display name of the source. */
  static final String SOURCE = "source";
  /** Normalized source, so a filter matches whatever spelling variant the user typed. */
  static final String SOURCE_KEY = "source_key";
  /** Display name as doc values, for counting articles per source without loading documents. */
  static final String SOURCE_FACET = "source_facet";
  /**
   * The source's {@link #pair key and display name} as sorted doc values, for facets: spelling
   * variants count as one source, shown as its most common spelling.
   */
  static final String SOURCE_PAIR = "source_pair";
  /** Normalized tags, for the tag filter; one term per tag. */
  static final String TAG_KEY = "tag_key";
  /** Each tag's {@link #pair key and display form} as sorted-set doc values, for facets. */
  static final String TAG_PAIR = "tag_pair";
  /** Epoch millis: a point for range filters, doc values for sorting and stats, and stored. */
  static final String PUBLISHED = "published";
  static final String JSON = "json";
  /** The title's {@link #titleKey}: an exact-title search outranks titles that merely contain it. */
  static final String TITLE_KEY = "title_key";
  static final String HASH = "hash";
  /**
   * The title stored on its own, so briefs (group and story members) are read without parsing the
   * article JSON; the JSON stays the source of truth for {@code find}.
   */
  static final String BRIEF_TITLE = "brief_title";
  /** Stored characters of {@link Article#text()}, for briefs. */
  static final String BODY_LENGTH = "body_length";

  /**
   * Version of what {@link #toDocument} writes; part of every {@link #hash}. Bumping it makes the
   * next ingest of an article rewrite it (reported as updated, not unchanged), which is how a store
   * gains new fields. Version 2 added {@link #SOURCE_PAIR}, {@link #TAG_KEY} and {@link #TAG_PAIR};
   * documents written before simply lack them until re-ingested: they are counted in no source or
   * tag facet and no tag filter matches them. Version 3 added the stories engine's placement (the
   * {@link PlacementFields}), now also part of the hash, and {@link #BRIEF_TITLE} and {@link
   * #BODY_LENGTH}; documents written before have no placement until the engine places them again.
   * New fields get new names, never a doc-values type added to an existing field, because Lucene
   * refuses to change a field's schema in an index.
   */
  static final int SCHEMA_VERSION = 3;

  /** Between key and display in a {@link #pair}; keys never contain it. */
  private static final char PAIR_SEPARATOR = '\u0000';

  /**
   * Indexed with offsets so the highlighter reads offsets from postings, not re-analysis. Not
   * stored: the article JSON already holds the text, and storing it twice made stored fields the
   * largest cost of ingest; {@link PassageHighlighter} reads it from the JSON.
   */
  static final FieldType HIGHLIGHTED_TEXT;

  static {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    HIGHLIGHTED_TEXT = t;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Lucene rejects terms over 32766 bytes; a source name this long is garbage, so cap it. */
  private static final int MAX_SOURCE_CHARS = 1000;

  private ArticleDocuments() {}

  static Document toDocument(Article a, String json, String hash, @Nullable Placement placement) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    if (a.url() != null) {
      doc.add(new StoredField(URL, a.url()));
    }
    String text = a.text();
    doc.add(new Field(TITLE, a.title(), HIGHLIGHTED_TEXT));
    doc.add(new Field(BODY, text, HIGHLIGHTED_TEXT));
    doc.add(new StoredField(BRIEF_TITLE, a.title()));
    doc.add(new StoredField(BODY_LENGTH, text.length()));
    Set<String> tagKeys = new HashSet<>();
    for (String tag : a.tags()) {
      doc.add(new TextField(TAGS, tag, Field.Store.NO));
      String display = cap(tag.strip());
      String key = key(display);
      // One pair per key, the first spelling winning, so an article counts once per tag.
      if (!key.isEmpty() && tagKeys.add(key)) {
        doc.add(new StringField(TAG_KEY, key, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(TAG_PAIR, pair(key, display)));
      }
    }
    String source = a.source();
    if (source != null && !source.isBlank()) {
      String display = cap(source.strip());
      doc.add(new StoredField(SOURCE, display));
      doc.add(new StringField(SOURCE_KEY, sourceKey(display), Field.Store.NO));
      doc.add(new SortedDocValuesField(SOURCE_FACET, new BytesRef(display)));
      doc.add(new SortedDocValuesField(SOURCE_PAIR, pair(sourceKey(display), display)));
    }
    if (a.published() != null) {
      long millis = a.published().instant().toEpochMilli();
      doc.add(new LongPoint(PUBLISHED, millis));
      doc.add(new NumericDocValuesField(PUBLISHED, millis));
      doc.add(new StoredField(PUBLISHED, millis));
      PublishedFields.add(doc, a.published());
    }
    String titleKey = titleKey(a.title());
    if (!titleKey.isEmpty()) {
      doc.add(new StringField(TITLE_KEY, titleKey, Field.Store.NO));
    }
    doc.add(new StoredField(JSON, json));
    doc.add(new StoredField(HASH, hash));
    if (placement != null) {
      PlacementFields.add(doc, a.id(), placement);
    }
    return doc;
  }

  /** The key sources are filtered on: search-normalized, case-folded, without any spaces. */
  static String sourceKey(String source) {
    return key(source);
  }

  /** The key tags are filtered on, folded like {@link #sourceKey}. */
  static String tagKey(String tag) {
    return key(tag);
  }

  private static String key(String value) {
    String key = ArabicNormalizer.searchKey(cap(value.strip())).toLowerCase(Locale.ROOT);
    return SPACES.matcher(key).replaceAll("");
  }

  /** A folded key and one original spelling, as one doc value; see {@link #pairKey}. */
  static BytesRef pair(String key, String display) {
    return new BytesRef(key.replace(String.valueOf(PAIR_SEPARATOR), "") + PAIR_SEPARATOR + display);
  }

  /** The key of a {@link #pair}. */
  static String pairKey(BytesRef pair) {
    String s = pair.utf8ToString();
    return s.substring(0, s.indexOf(PAIR_SEPARATOR));
  }

  /** The original spelling in a {@link #pair}. */
  static String pairDisplay(BytesRef pair) {
    String s = pair.utf8ToString();
    return s.substring(s.indexOf(PAIR_SEPARATOR) + 1);
  }

  /**
   * A title as a reader would retype it: search form, only letters and digits, single spaces; so
   * «التجارة» and "التجارة", دائمًا and دائماً, tatweel and diacritics all meet.
   */
  static String titleKey(String title) {
    String key = ArabicNormalizer.searchKey(cap(title.strip())).toLowerCase(Locale.ROOT);
    return SPACES.matcher(NOT_WORD.matcher(key).replaceAll(" ")).replaceAll(" ").strip();
  }

  /**
   * SHA-256 of the {@link #SCHEMA_VERSION}, the article JSON and the placement (or its absence):
   * equal hashes mean an upsert would write the same document.
   */
  static String hash(String json, @Nullable Placement placement) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(("schema " + SCHEMA_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] article = json.getBytes(StandardCharsets.UTF_8);
      digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(article.length).array());
      digest.update(article);
      PlacementFields.hash(digest, placement);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static String cap(String s) {
    return s.length() <= MAX_SOURCE_CHARS ? s : s.substring(0, MAX_SOURCE_CHARS);
  }
}
