package org.marsad.stories.dedup;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.stories.io.Snapshots;

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
  /** Writes the names and sets with their ids, for {@link #readFrom}. */
  void writeTo(DataOutput out) throws IOException {
    String[] names = new String[nameIds.size()];
    nameIds.forEach((name, id) -> names[id] = name);
    out.writeInt(names.length);
    for (String name : names) {
      out.writeUTF(name);
    }
    out.writeInt(members.size());
    for (int[] set : members) {
      out.writeInt(set.length);
      for (int id : set) {
        out.writeInt(id);
      }
    }
  }

  /** Reads what {@link #writeTo} wrote: the same ids for the same sets. */
  static WireSets readFrom(DataInput in) throws IOException {
    WireSets w = new WireSets();
    int names = Snapshots.count(in, "wire names");
    for (int i = 0; i < names; i++) {
      w.nameId(in.readUTF());
    }
    int sets = Snapshots.count(in, "wire sets");
    if (sets < 1) {
      throw new IOException("wire sets: the empty set is missing");
    }
    in.readInt(); // the empty set, which every table starts with
    for (int s = 1; s < sets; s++) {
      int[] ids = new int[Snapshots.count(in, "wire set")];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = in.readInt();
        if (ids[i] < 0 || ids[i] >= names) {
          throw new IOException("wire set " + s + " names wire " + ids[i] + " of " + names);
        }
      }
      String key = Arrays.toString(ids);
      w.members.add(ids);
      w.setIds.put(key, s);
      w.nameChars += key.length();
    }
    return w;
  }

  long bytes() {
    long total = 2L * nameChars + 64L * (nameIds.size() + setIds.size());
    for (int[] set : members) {
      total += 16 + 4L * set.length;
    }
    return total;
  }
}
