package org.marsad.arabic.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word table loaded from a TSV resource next to this class: folded name to the rest of its line.
 * Names live in resource files so that Arabic words stay readable and out of Java source. Immutable.
 */
final class NameTable {
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");

  private final Map<String, List<String>> rows;

  private NameTable(Map<String, List<String>> rows) {
    this.rows = Map.copyOf(rows);
  }

  static NameTable load(String resource) {
    try (InputStream in = NameTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, List<String>> rows = new LinkedHashMap<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        rows.putIfAbsent(key(cells[0]), List.of(cells).subList(1, cells.length));
      }
      return new NameTable(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The look-up key of a (possibly unfolded) name: folded, lower-cased, single spaces. */
  static String key(String name) {
    String folded = FoldedText.fold(name.strip()).toLowerCase(Locale.ROOT);
    return SPACES.matcher(folded).replaceAll(" ");
  }

  /** The folded names. */
  java.util.Set<String> names() {
    return rows.keySet();
  }

  /** The cells after the name, or null when the name is not in the table. */
  List<String> get(String name) {
    return rows.get(key(name));
  }

  /**
   * A regex matching any of the names whose cells satisfy {@code keep}, as a trie: {@code (?:ت(?:شرين
   * ...)|ك(?:انون ...))}. A flat alternation of a hundred names costs a hundred failed branches at
   * every position of every line; the trie fails after one character. Longer names are tried first,
   * so {@code مايو} wins over {@code ماي}; words may be separated by any run of blanks.
   */
  String alternation(Predicate<List<String>> keep) {
    Trie root = new Trie();
    rows.forEach((name, cells) -> {
      if (keep.test(cells)) {
        root.add(name);
      }
    });
    return root.regex();
  }

  String alternation() {
    return alternation(cells -> true);
  }

  /** A mutable trie, used only while building a pattern string. */
  static final class Trie {
    private final Map<Character, Trie> children = new TreeMap<>();
    private boolean terminal;

    void add(String name) {
      Trie node = this;
      for (char c : name.toCharArray()) {
        node = node.children.computeIfAbsent(c, k -> new Trie());
      }
      node.terminal = true;
    }

    String regex() {
      String branches = children.entrySet().stream()
          .map(e -> atom(e.getKey()) + e.getValue().regex())
          .collect(Collectors.joining("|"));
      if (children.isEmpty()) {
        return "";
      }
      // Greedy optional: the longer name is tried first, the shorter one is still there on backtrack.
      return "(?:" + branches + ")" + (terminal ? "?" : "");
    }

    private static String atom(char c) {
      if (c == ' ') {
        return "[ \\t]++";
      }
      return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
  }
}
