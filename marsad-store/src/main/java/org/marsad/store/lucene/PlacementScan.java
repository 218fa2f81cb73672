package org.marsad.store.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IntroSorter;
import org.marsad.store.ArticleStore.PlacementVisitor;
import org.marsad.store.Placement;

/**
 * Visits the live placements from a sequence on, in ascending sequence. Doc values read forward only, so the scan
 * first gathers (sequence, document) for all placed articles, 12 bytes each, sorts them by
 * sequence, then reads them in chunks: each chunk in index order, visited in sequence order. A
 * chunk bounds the placements held at once whatever the store's size.
 */
final class PlacementScan {
  static final int CHUNK = 1024;

  private long[] sequences = new long[256];
  private int[] docs = new int[256];
  private int size;

  private PlacementScan() {}

  static void visit(IndexReader reader, long fromSequence, PlacementVisitor visitor) throws IOException {
    PlacementScan scan = new PlacementScan();
    scan.gather(reader, fromSequence);
    scan.sortBySequence();
    for (int from = 0; from < scan.size; from += CHUNK) {
      scan.visitChunk(reader, from, Math.min(scan.size, from + CHUNK), visitor);
    }
  }

  /** The highest live sequence, or -1: one pass over the sequences' doc values. */
  static long lastSequence(IndexReader reader) throws IOException {
    long last = -1;
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues seq = DocValues.getNumeric(leaf.reader(), PlacementFields.SEQUENCE);
      for (int doc = seq.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = seq.nextDoc()) {
        if (live == null || live.get(doc)) {
          last = Math.max(last, seq.longValue());
        }
      }
    }
    return last;
  }

  private void gather(IndexReader reader, long fromSequence) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues seq = DocValues.getNumeric(leaf.reader(), PlacementFields.SEQUENCE);
      for (int doc = seq.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = seq.nextDoc()) {
        if ((live == null || live.get(doc)) && seq.longValue() >= fromSequence) {
          add(seq.longValue(), leaf.docBase + doc);
        }
      }
    }
  }

  private void add(long sequence, int doc) {
    if (size == docs.length) {
      sequences = Arrays.copyOf(sequences, size * 2);
      docs = Arrays.copyOf(docs, size * 2);
    }
    sequences[size] = sequence;
    docs[size] = doc;
    size++;
  }

  private void sortBySequence() {
    new IntroSorter() {
      private long pivot;
      private int pivotDoc;

      @Override
      protected void swap(int i, int j) {
        long s = sequences[i];
        sequences[i] = sequences[j];
        sequences[j] = s;
        int d = docs[i];
        docs[i] = docs[j];
        docs[j] = d;
      }

      @Override
      protected void setPivot(int i) {
        pivot = sequences[i];
        pivotDoc = docs[i];
      }

      @Override
      protected int comparePivot(int j) {
        // Index order breaks ties, which a store never holds, so that the order is still total.
        int c = Long.compare(pivot, sequences[j]);
        return c != 0 ? c : Integer.compare(pivotDoc, docs[j]);
      }

      @Override
      protected int compare(int i, int j) {
        int c = Long.compare(sequences[i], sequences[j]);
        return c != 0 ? c : Integer.compare(docs[i], docs[j]);
      }
    }.sort(0, size);
  }

  /** Entries [from, to) in sequence order, read in index order. */
  private void visitChunk(IndexReader reader, int from, int to, PlacementVisitor visitor)
      throws IOException {
    // Positions of the chunk's entries, ordered by document; documents are distinct.
    Integer[] byDoc = new Integer[to - from];
    for (int i = 0; i < byDoc.length; i++) {
      byDoc[i] = from + i;
    }
    Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a], docs[b]));
    String[] ids = new String[byDoc.length];
    Placement[] placements = new Placement[byDoc.length];
    List<LeafReaderContext> leaves = reader.leaves();
    PlacementFields.Leaf leafPlacements = null;
    int leafIndex = -1;
    for (int position : byDoc) {
      int doc = docs[position];
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        leafPlacements = new PlacementFields.Leaf(leaves.get(leaf).reader());
      }
      ids[position - from] = leafPlacements.articleId(doc - leaves.get(leaf).docBase);
      placements[position - from] = leafPlacements.read(doc - leaves.get(leaf).docBase);
    }
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] != null && placements[i] != null) {
        visitor.visit(ids[i], placements[i]);
      }
    }
  }
}
