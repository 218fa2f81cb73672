package org.marsad.store.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Finds an article's document by id. Stateless. */
final class IdLookup {
  private IdLookup() {}

  /** The live document with this id, or -1; a direct term lookup, cheaper than a query per upsert. */
  static int docOf(IndexReader reader, String id) throws IOException {
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(ArticleDocuments.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live == null || live.get(d)) {
          return leaf.docBase + d;
        }
      }
    }
    return -1;
  }
}
