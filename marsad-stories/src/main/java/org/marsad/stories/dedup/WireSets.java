package org.marsad.stories.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Interns sets of wire names so that an article stores one {@code int}: most articles credit
 * nothing or the same one or two agencies, so there are few distinct sets. Set 0 is the empty
 * set. The maps are only looked up, never iterated, so hash order cannot reach a decision. Not
 * thread-safe.
 */
final class WireSets {
  private final Map<String, Integer> nameIds = new HashMap<>();
  private final Map<String, Integer> setIds = new HashMap<>();
  private final List<int[]> members = new ArrayList<>();
  private long nameChars;

  WireSets() {
    members.add(new int[0]);
  }

  /** The id of this set of names; blank names are ignored. */
  int intern(Set<String> wires) {
    if (wires.isEmpty()) {
      return 0;
    }
    int[] ids = wires.stream()
        .filter(name -> !name.isBlank())
        .sorted() // ids then follow content, not the set's hash order
        .mapToInt(this::nameId)
        .sorted()
        .toArray();
    if (ids.length == 0) {
      return 0;
    }
    String key = Arrays.toString(ids);
    Integer known = setIds.get(key);
    if (known != null) {
      return known;
    }
    int id = members.size();
    members.add(ids);
    setIds.put(key, id);
    nameChars += key.length();
    return id;
  }

  private int nameId(String name) {
    Integer known = nameIds.get(name);
    if (known != null) {
      return known;
    }
    int id = nameIds.size();
    nameIds.put(name, id);
    nameChars += name.length();
    return id;
  }

  /** Whether the two sets have a name in common. */
  boolean share(int setA, int setB) {
    if (setA == 0 || setB == 0) {
      return false;
    }
    if (setA == setB) {
      return true;
    }
    int[] a = members.get(setA);
    int[] b = members.get(setB);
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  /** A rough count: chars, the arrays, and some 64 bytes of map overhead per entry. */
  long bytes() {
    long total = 2L * nameChars + 64L * (nameIds.size() + setIds.size());
    for (int[] set : members) {
      total += 16 + 4L * set.length;
    }
    return total;
  }
}
