package org.marsad.eval.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two clusterings of the same items are: B-cubed precision and recall of {@code other}
 * against {@code reference} (Bagga and Baldwin 1998), averaged over items, and their F1.
 */
final class Partitions {
  record Agreement(double precision, double recall, int items) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private Partitions() {}

  /** Items missing from either map are left out. */
  static Agreement bcubed(Map<String, String> reference, Map<String, String> other) {
    Map<String, Integer> refSize = new HashMap<>();
    Map<String, Integer> otherSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    int items = 0;
    for (Map.Entry<String, String> e : reference.entrySet()) {
      String o = other.get(e.getKey());
      if (o == null) {
        continue;
      }
      items++;
      refSize.merge(e.getValue(), 1, Integer::sum);
      otherSize.merge(o, 1, Integer::sum);
      both.merge(e.getValue() + '\u0000' + o, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : reference.entrySet()) {
      String o = other.get(e.getKey());
      if (o == null) {
        continue;
      }
      int shared = both.get(e.getValue() + '\u0000' + o);
      precision += (double) shared / otherSize.get(o);
      recall += (double) shared / refSize.get(e.getValue());
    }
    return items == 0 ? new Agreement(0, 0, 0) : new Agreement(precision / items, recall / items, items);
  }
}
