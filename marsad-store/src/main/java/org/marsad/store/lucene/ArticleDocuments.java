package org.marsad.store.lucene;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.model.Article;

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
  /** Epoch millis: a point for range filters, doc values for sorting and stats, and stored. */
  static final String PUBLISHED = "published";
  static final String JSON = "json";
  /** The title's {@link #titleKey}: an exact-title search outranks titles that merely contain it. */
  static final String TITLE_KEY = "title_key";
  static final String HASH = "hash";

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

  static Document toDocument(Article a, String json, String hash) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    if (a.url() != null) {
      doc.add(new StoredField(URL, a.url()));
    }
    doc.add(new Field(TITLE, a.title(), HIGHLIGHTED_TEXT));
    doc.add(new Field(BODY, a.text(), HIGHLIGHTED_TEXT));
    for (String tag : a.tags()) {
      doc.add(new TextField(TAGS, tag, Field.Store.NO));
    }
    String source = a.source();
    if (source != null && !source.isBlank()) {
      String display = cap(source.strip());
      doc.add(new StoredField(SOURCE, display));
      doc.add(new StringField(SOURCE_KEY, sourceKey(display), Field.Store.NO));
      doc.add(new SortedDocValuesField(SOURCE_FACET, new BytesRef(display)));
    }
    if (a.published() != null) {
      long millis = a.published().instant().toEpochMilli();
      doc.add(new LongPoint(PUBLISHED, millis));
      doc.add(new NumericDocValuesField(PUBLISHED, millis));
      doc.add(new StoredField(PUBLISHED, millis));
    }
    String titleKey = titleKey(a.title());
    if (!titleKey.isEmpty()) {
      doc.add(new StringField(TITLE_KEY, titleKey, Field.Store.NO));
    }
    doc.add(new StoredField(JSON, json));
    doc.add(new StoredField(HASH, hash));
    return doc;
  }

  /** The key sources are filtered on: search-normalized, case-folded, without any spaces. */
  static String sourceKey(String source) {
    String key = ArabicNormalizer.searchKey(cap(source.strip())).toLowerCase(Locale.ROOT);
    return SPACES.matcher(key).replaceAll("");
  }

  /**
   * A title as a reader would retype it: search form, only letters and digits, single spaces; so
   * «التجارة» and "التجارة", دائمًا and دائماً, tatweel and diacritics all meet.
   */
  static String titleKey(String title) {
    String key = ArabicNormalizer.searchKey(cap(title.strip())).toLowerCase(Locale.ROOT);
    return SPACES.matcher(NOT_WORD.matcher(key).replaceAll(" ")).replaceAll(" ").strip();
  }

  /** SHA-256 of the article JSON: equal hashes mean an upsert would write the same document. */
  static String hash(String json) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(json.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static String cap(String s) {
    return s.length() <= MAX_SOURCE_CHARS ? s : s.substring(0, MAX_SOURCE_CHARS);
  }
}
