package org.marsad.eval.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.stories.dedup.DedupConfig;
import org.marsad.stories.dedup.DuplicateRule;
import org.marsad.stories.dedup.Fingerprint;

/**
 * A measure of stories: how many hold template siblings, texts of one template filled for
 * different events (another day's weather bulletin, a cable to another country), which are
 * different stories however alike their words. Two members of a story in different duplicate
 * groups are siblings when {@link DuplicateRule#templateSiblings} says so: they overlap as copies
 * do, but their facts conflict. The first {@link #MAX_TEXTS} distinct texts of a story are
 * compared pairwise, so a huge story costs a bounded amount.
 */
final class TemplateSiblings {
  static final int MAX_TEXTS = 60;

  /** Stories holding at least one sibling pair, and sibling pairs in all. */
  record Count(int stories, int pairs) {}

  private TemplateSiblings() {}

  static Count count(Map<String, String> groups, Map<String, String> stories, Map<String, Fingerprint> fingerprints) {
    DuplicateRule rule = new DuplicateRule(DedupConfig.defaults());
    // Sorted maps: the first texts of a story are the same in every run.
    Map<String, Map<String, Fingerprint>> textsByStory = new TreeMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(stories).entrySet()) {
      Fingerprint fp = fingerprints.get(e.getKey());
      String group = groups.get(e.getKey());
      if (fp != null && group != null) {
        textsByStory.computeIfAbsent(e.getValue(), s -> new TreeMap<>()).putIfAbsent(group, fp);
      }
    }
    int storiesWithSiblings = 0;
    int pairs = 0;
    for (Map<String, Fingerprint> texts : textsByStory.values()) {
      List<Fingerprint> list = new ArrayList<>(texts.values());
      int n = Math.min(list.size(), MAX_TEXTS);
      int found = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (rule.templateSiblings(list.get(i), list.get(j))) {
            found++;
          }
        }
      }
      pairs += found;
      storiesWithSiblings += found > 0 ? 1 : 0;
    }
    return new Count(storiesWithSiblings, pairs);
  }
}
