package org.marsad.arabic.dates;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Skips a pattern on a text that holds none of the words a match of it must contain. Each
 * template of {@link Pat#compile} is read for what every match needs: of a sequence, one item that
 * is not optional (a word category, digits), preferring one that is not glue (من، في، و); of an
 * alternation, something of every branch. A window of an article holds words of a few categories
 * only, and running some sixty patterns at every word start costs more than everything else Marsad
 * does to an article. What a template needs that the reading cannot tell (letters of its own, a
 * zone) leaves the pattern always run. {@code PatternGuardsTest} checks that the guarded tagger
 * finds exactly what the unguarded one does, on the grammar tables and on news text.
 *
 * <p>A text's words are looked up in a trie of every word of the categories, from each word start
 * and after one or two clitics, every prefix counting (a category word may be followed by more
 * letters where a template does not end it). Thread-safe.
 */
final class PatternGuards {
  static final String DIGIT = "#digit";
  /** An ordinal day word ({@code السابع}, {@code الحادي والعشرين}) of {@code ordinals.tsv}. */
  static final String ORDINAL = "#ordinal";
  /**
   * Categories found in nearly every stretch of news (prepositions, conjunctions, directions): a
   * pattern is guarded by what else it needs when it can be.
   */
  private static final Set<String> GLUE = Set.of("of", "and", "to", "from", "between", "at", "this", "rel", "period",
      "approx", "except", "anchor", "within", "ago", "now", "hijriintro", "later", "dayrel", "NUMW");

  private static final Map<Pattern, BitSet> GUARDS = new ConcurrentHashMap<>();
  private static final Map<String, Integer> KEY_INDEX = new ConcurrentHashMap<>();
  private static final List<String> KEYS = new CopyOnWriteArrayList<>();
  private static final Pattern NEVER = Pattern.compile("(?!)");
  private static final Map<Pattern, BitSet> FIRSTS = new ConcurrentHashMap<>();
  /** Patterns every match of which starts at a {@code {B}} edge. */
  private static final Set<Pattern> AT_EDGE = ConcurrentHashMap.newKeySet();
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);
  private static final ThreadLocal<Object[]> LAST_STARTS = ThreadLocal.withInitial(() -> new Object[2]);
  /** Off only in tests that check the guards change nothing. */
  static volatile boolean enabled = true;

  private PatternGuards() {}

  /** A matcher of {@code p} over {@code text}, or one that finds nothing when the text cannot hold a match. */
  static Matcher matcher(Pattern p, String text) {
    BitSet guard = GUARDS.get(p);
    if (enabled && guard != null && !guard.intersects(presentIn(text))) {
      return NEVER.matcher("");
    }
    return p.matcher(text);
  }

  /**
   * Registers a pattern written by hand rather than from a template: the keys one of which every
   * match contains, and those a match may start with (a category, {@link #DIGIT}, {@link #ORDINAL}).
   */
  static void register(Pattern p, Set<String> needs, Set<String> first) {
    GUARDS.put(p, keys(needs));
    FIRSTS.put(p, keys(first));
  }

  /** Registers what every match of the pattern built from {@code template} must contain. */
  static void register(Pattern p, String template) {
    Set<String> needs = new TemplateReader(template).needs();
    if (needs != null && !needs.isEmpty()) {
      GUARDS.put(p, keys(needs));
    }
    Set<String> first = new TemplateReader(template).first();
    if (first != null && !first.isEmpty()) {
      FIRSTS.put(p, keys(first));
      if (new TemplateReader(template).startsAtEdge()) {
        AT_EDGE.add(p);
      }
    }
  }

  private static BitSet keys(Set<String> names) {
    BitSet keys = new BitSet();
    names.forEach(k -> keys.set(index(k)));
    return keys;
  }

  /**
   * Every match of {@code p} in {@code text}, in the order and at the places {@link Matcher#find}
   * would give them, the one matcher moved from match to match. Where every match of the pattern
   * starts with a word of a few categories or a digit ({@link TemplateReader#first}), it is tried
   * only where such a word or digit starts, rather than at every position of the text.
   */
  static Iterable<Matcher> matches(Pattern p, String text) {
    Matcher m = matcher(p, text);
    BitSet first = enabled ? FIRSTS.get(p) : null;
    if (first == null || m.pattern() == NEVER) { // no start to look for, or skipped by its guard
      return () -> new Found(m, null);
    }
    return () -> new Found(m, startsIn(text).of(first, AT_EDGE.contains(p)));
  }

  /** The matches of a matcher, by {@link Matcher#find}, or by {@link Matcher#lookingAt} at the given starts. */
  private static final class Found implements java.util.Iterator<Matcher> {
    private final Matcher m;
    private final @Nullable BitSet starts;
    private int from;
    private @Nullable Boolean ready;

    Found(Matcher m, @Nullable BitSet starts) {
      this.m = m;
      this.starts = starts;
      m.useTransparentBounds(true).useAnchoringBounds(false);
    }

    @Override
    public boolean hasNext() {
      if (ready == null) {
        ready = starts == null ? m.find() : lookAtStarts();
      }
      return ready;
    }

    private boolean lookAtStarts() {
      int end = m.regionEnd();
      for (int p = starts.nextSetBit(from); p >= 0; p = starts.nextSetBit(p + 1)) {
        if (m.region(p, end).lookingAt()) {
          from = m.end() == p ? p + 1 : m.end(); // as find goes on after an empty match
          return true;
        }
      }
      return false;
    }

    @Override
    public Matcher next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      ready = null;
      return m;
    }
  }

  /** Whether the pattern is guarded, for tests. */
  static boolean guarded(Pattern p) {
    return GUARDS.containsKey(p);
  }

  private static int index(String key) {
    return KEY_INDEX.computeIfAbsent(key, k -> {
      KEYS.add(k);
      return KEYS.size() - 1;
    });
  }

  private static BitSet presentIn(String text) {
    Object[] last = LAST.get();
    if (last[0] != text) { // the same string, not an equal one: every rule asks about one window in turn
      last[0] = text;
      last[1] = present(text);
    }
    return (BitSet) last[1];
  }

  /** The keys present in the text: categories whose words occur in it, a digit. */
  static BitSet present(String text) {
    Node root = Tries.WORDS;
    BitSet out = new BitSet();
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    for (int i = 0; i < n; i++) {
      char c = lower.charAt(i);
      if (Character.isDigit(c)) {
        out.set(index(DIGIT));
      }
      if (!Character.isLetter(c) || i > 0 && Character.isLetter(lower.charAt(i - 1))) {
        continue;
      }
      for (int skip = 0; skip <= 2 && i + skip < n; skip++) {
        walk(root, lower, i + skip, out);
      }
    }
    return out;
  }

  private static Starts startsIn(String text) {
    Object[] last = LAST_STARTS.get();
    if (last[0] != text) {
      last[0] = text;
      last[1] = new Starts(text, Tries.FIRST);
    }
    return (Starts) last[1];
  }

  /**
   * Where in a text a word of each category starts (its first word, matched as the patterns match
   * it: ASCII letters in either case), and where a digit is. Every position is tried, not only word
   * starts: a pattern without a word edge before its word may match inside one.
   */
  static final class Starts {
    private final java.util.List<BitSet> byKey = new java.util.ArrayList<>();
    private final int length;
    private final String text;
    private @Nullable BitSet edges;

    Starts(String text, Node root) {
      this.text = text;
      length = text.length();
      int digit = index(DIGIT);
      for (int i = 0; i < length; i++) {
        if (Character.isDigit(text.charAt(i))) {
          at(digit).set(i);
        }
        Node node = root;
        for (int j = i; j < length && node != null; j++) {
          node = node.children.get(asciiLower(text.charAt(j)));
          if (node != null && node.keys != null) {
            for (int k = node.keys.nextSetBit(0); k >= 0; k = node.keys.nextSetBit(k + 1)) {
              at(k).set(i);
            }
          }
        }
      }
    }

    private BitSet at(int key) {
      while (byKey.size() <= key) {
        byKey.add(new BitSet());
      }
      return byKey.get(key);
    }

    /** The positions where a word of any of {@code keys} starts, only at a {@code {B}} edge if {@code atEdge}. */
    BitSet of(BitSet keys, boolean atEdge) {
      BitSet out = new BitSet(length);
      for (int k = keys.nextSetBit(0); k >= 0 && k < byKey.size(); k = keys.nextSetBit(k + 1)) {
        out.or(byKey.get(k));
      }
      if (atEdge) {
        out.and(edges());
      }
      return out;
    }

    private BitSet edges() {
      if (edges == null) {
        edges = edgesOf(text);
      }
      return edges;
    }
  }

  private static final String CLITICS = "\u0648\u0641\u0628\u0644\u0643"; // و ف ب ل ك
  private static final String CONJUNCTIONS = "\u0648\u0641"; // و ف

  /**
   * Where {@code {B}} of {@link Pat} may hold: at a word start, or after one of the clitics و ف ب ل
   * ك (itself at a word start or after و or ف). A position beside a surrogate counts, as a letter
   * outside the Basic Multilingual Plane is left to the pattern to judge.
   */
  static BitSet edgesOf(String text) {
    int n = text.length();
    BitSet out = new BitSet(n + 1);
    for (int p = 0; p <= n; p++) {
      if (edgeBefore(text, p)) {
        out.set(p);
        continue;
      }
      char c1 = text.charAt(p - 1);
      if (CLITICS.indexOf(c1) >= 0
          && (edgeBefore(text, p - 1) || p >= 2 && CONJUNCTIONS.indexOf(text.charAt(p - 2)) >= 0 && edgeBefore(text, p - 2))) {
        out.set(p);
      }
    }
    return out;
  }

  /** Whether no letter or number comes right before {@code p} (or it cannot be told without the code point). */
  private static boolean edgeBefore(String text, int p) {
    if (p == 0) {
      return true;
    }
    char c = text.charAt(p - 1);
    if (Character.isSurrogate(c)) {
      return true;
    }
    return !Character.isLetter(c) && !isNumber(c);
  }

  private static boolean isNumber(char c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static void walk(Node root, String s, int from, BitSet out) {
    Node node = root;
    for (int j = from; j < s.length() && node != null; j++) {
      node = node.children.get(s.charAt(j));
      if (node != null && node.keys != null) {
        out.or(node.keys);
      }
    }
  }

  /**
   * The two tries, built on first use rather than while the rule classes register their patterns
   * (the tables they read are loaded by those classes).
   */
  private static final class Tries {
    /** One word of every entry ({@link #addEntry}): what the guards look for. */
    static final Node WORDS = trie(PatternGuards::addEntry);
    /** The first word of every entry ({@link #addFirst}): where a match may start. */
    static final Node FIRST = trie(PatternGuards::addFirst);
  }

  /** Adds one entry of a category to a trie under the category's key. */
  private interface EntryAdder {
    void add(Node root, String entry, String key);
  }

  /** A trie of every entry of every category, of the numbers, month names and ordinal day words. */
  private static Node trie(EntryAdder adder) {
    Node root = new Node();
    for (String category : Words.TEMPORAL.categories()) {
      for (String entry : Words.TEMPORAL.words(category)) {
        adder.add(root, entry, category);
      }
    }
    Pat.NUMBERS.names().forEach(e -> adder.add(root, e, "NUMW"));
    NameTable.load("months.tsv").names().forEach(e -> adder.add(root, e, "MONTH"));
    HijriDateMatcher.MONTHS.names().forEach(e -> adder.add(root, e, "HMONTH"));
    NameTable.load("ordinals.tsv").names().forEach(e -> adder.add(root, e, ORDINAL));
    return root;
  }

  /**
   * Adds the first word of an entry, as the category's pattern matches it (up to the first blank),
   * also without the alef of its article, which a category matches after ل.
   */
  private static void addFirst(Node root, String entry, String key) {
    int blank = entry.indexOf(' ');
    String first = blank < 0 ? entry : entry.substring(0, blank);
    if (first.isEmpty()) {
      throw new IllegalStateException("an entry of " + key + " starts with a blank");
    }
    int k = index(key);
    root.add(first, k);
    if (first.startsWith("\u0627\u0644") && first.length() > 1) {
      root.add(first.substring(1), k);
    }
  }

  /**
   * Adds one word of an entry, also without the alef of its article (للعام reads ل + لعام). A
   * match of an entry holds all of its words, so one of them tells whether it may be there: the
   * longest, which is the least common (عرفة, not يوم, of يوم عرفة).
   */
  private static void addEntry(Node root, String entry, String key) {
    String longest = "";
    for (String word : entry.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= longest.length()) {
        longest = word;
      }
    }
    if (longest.isEmpty()) {
      return;
    }
    int k = index(key);
    root.add(longest, k);
    if (longest.startsWith("\u0627\u0644") && longest.length() > 2) {
      root.add(longest.substring(1), k);
    }
  }

  private static final class Node {
    final Map<Character, Node> children = new HashMap<>();
    @Nullable BitSet keys;

    void add(String word, int key) {
      Node node = this;
      for (int i = 0; i < word.length(); i++) {
        node = node.children.computeIfAbsent(word.charAt(i), c -> new Node());
      }
      if (node.keys == null) {
        node.keys = new BitSet();
      }
      node.keys.set(key);
    }
  }

  /**
   * Reads a template (a regex with {@code {slot}}s) for the keys every match contains: null where
   * it cannot tell. Recursive descent over alternations, sequences, groups and quantifiers.
   */
  static final class TemplateReader {
    private final String t;
    private int i;

    TemplateReader(String template) {
      this.t = template;
    }

    @Nullable Set<String> needs() {
      try {
        Set<String> s = alternation();
        return i == t.length() ? s : null;
      } catch (RuntimeException e) {
        return null; // a template this reader does not follow is always run
      }
    }

    /**
     * The keys a match may start with: the categories whose word, or a digit, can be the first
     * thing a match holds, its zero-width edges and look-arounds aside. Null where it cannot tell
     * (letters of the template's own, a blank first, a match that may be empty).
     */
    @Nullable Set<String> first() {
      try {
        First f = firstOfAlternation();
        return i == t.length() && f.keys != null && !f.empty ? f.keys : null;
      } catch (RuntimeException e) {
        return null;
      }
    }

    /**
     * Whether every match starts where {@code {B}} holds (a word start, or after a clitic): the
     * edge is asserted before anything of the match is consumed.
     */
    boolean startsAtEdge() {
      try {
        First f = firstOfAlternation();
        return i == t.length() && f.edge;
      } catch (RuntimeException e) {
        return false;
      }
    }

    /**
     * What a piece of a template may start with ({@code keys}, null when unknown), whether it may
     * match nothing, whether it only ever matches nothing (an edge, a look-around), and whether
     * every match of it starts at a {@code {B}} edge.
     */
    private record First(@Nullable Set<String> keys, boolean empty, boolean zeroWidth, boolean edge) {
      static final First ZERO_WIDTH = new First(Set.of(), true, true, false);
      static final First EDGE = new First(Set.of(), true, true, true);
      static final First UNKNOWN = new First(null, false, false, false);

      First(@Nullable Set<String> keys) {
        this(keys, false, false, false);
      }
    }

    private First firstOfAlternation() {
      Set<String> keys = new java.util.HashSet<>();
      boolean known = true;
      boolean empty = false;
      boolean zeroWidth = true;
      boolean edge = true;
      while (true) {
        First branch = firstOfSequence();
        zeroWidth &= branch.zeroWidth;
        edge &= branch.edge;
        if (branch.keys == null) {
          known = false;
        } else {
          keys.addAll(branch.keys);
        }
        empty |= branch.empty;
        if (i < t.length() && t.charAt(i) == '|') {
          i++;
          continue;
        }
        return new First(known ? keys : null, empty, zeroWidth, edge);
      }
    }

    private First firstOfSequence() {
      Set<String> keys = new java.util.HashSet<>();
      boolean open = true; // every item so far may match nothing: the next one may start the match
      boolean zeroWidth = true; // every item so far only ever matches nothing: the match starts here
      boolean edge = false;
      boolean known = true;
      while (i < t.length() && t.charAt(i) != '|' && t.charAt(i) != ')') {
        First item = firstOfAtom();
        boolean optional = quantifierAllowsNone();
        edge |= zeroWidth && item.edge && !optional;
        zeroWidth &= item.zeroWidth;
        if (!open) {
          continue;
        }
        if (item.keys == null) {
          known = false;
        } else {
          keys.addAll(item.keys);
        }
        open = item.empty || optional;
      }
      return new First(known ? keys : null, open, zeroWidth, edge);
    }

    private First firstOfAtom() {
      char c = t.charAt(i);
      String slot = slot();
      if (slot != null) {
        return switch (slot) {
          case "B" -> First.EDGE;
          case "E" -> First.ZERO_WIDTH;
          case "S", "ZONE" -> First.UNKNOWN;
          case "NUM" -> new First(Set.of(DIGIT, "NUMW"));
          default -> new First(Set.of(slot));
        };
      }
      if (c == '(') {
        boolean look = openGroup();
        First inner = firstOfAlternation();
        closeGroup();
        return look ? First.ZERO_WIDTH : inner;
      }
      if (c == '[') {
        return digitClass() ? new First(Set.of(DIGIT)) : First.UNKNOWN;
      }
      if (c == '\\') {
        char e = t.charAt(i + 1);
        if (e == 'p' || e == 'P') {
          i = t.charAt(i + 2) == '{' ? t.indexOf('}', i) + 1 : i + 3;
          return First.UNKNOWN;
        }
        i += 2;
        return e == 'd' ? new First(Set.of(DIGIT)) : First.UNKNOWN;
      }
      i++;
      return First.UNKNOWN; // a literal character, . ^ $ and the like
    }

    private @Nullable Set<String> alternation() {
      Set<String> all = new java.util.HashSet<>();
      boolean known = true;
      while (true) {
        Set<String> branch = sequence();
        if (branch == null) {
          known = false;
        } else {
          all.addAll(branch);
        }
        if (i < t.length() && t.charAt(i) == '|') {
          i++;
          continue;
        }
        return known ? all : null;
      }
    }

    /** The best single item every match of the sequence contains: not glue if it can be, else the smallest. */
    private @Nullable Set<String> sequence() {
      Set<String> best = null;
      while (i < t.length() && t.charAt(i) != '|' && t.charAt(i) != ')') {
        Set<String> item = atom();
        boolean optional = quantifierAllowsNone();
        if (item == null || optional) {
          continue;
        }
        if (best == null || score(item) < score(best)) {
          best = item;
        }
      }
      return best;
    }

    private static int score(Set<String> keys) {
      int glue = 0;
      for (String k : keys) {
        glue += GLUE.contains(k) ? 1 : 0;
      }
      return glue * 1000 + keys.size();
    }

    private @Nullable Set<String> atom() {
      char c = t.charAt(i);
      String slot = slot();
      if (slot != null) {
        return switch (slot) {
          case "S", "B", "E", "ZONE" -> null;
          case "NUM" -> Set.of(DIGIT, "NUMW");
          default -> Set.of(slot);
        };
      }
      if (c == '(') {
        boolean look = openGroup();
        Set<String> inner = alternation();
        closeGroup();
        return look ? null : inner;
      }
      if (c == '[') {
        return digitClass() ? Set.of(DIGIT) : null;
      }
      if (c == '\\') {
        char e = t.charAt(i + 1);
        if (e == 'p' || e == 'P') {
          i = t.charAt(i + 2) == '{' ? t.indexOf('}', i) + 1 : i + 3;
          return null;
        }
        i += 2;
        return e == 'd' ? Set.of(DIGIT) : null;
      }
      i++;
      return null; // a literal character, . ^ $ and the like
    }

    /** Reads a {@code {slot}} and gives its name; null, reading nothing, where none starts. */
    private @Nullable String slot() {
      if (t.charAt(i) != '{' || i + 1 >= t.length() || !Character.isLetter(t.charAt(i + 1))) {
        return null;
      }
      int end = t.indexOf('}', i);
      String name = t.substring(i + 1, end);
      i = end + 1;
      return name;
    }

    /** Reads a character class; whether it holds digits only ({@code [0-3]}, {@code [\\d]}). */
    private boolean digitClass() {
      int end = classEnd(i);
      String cls = t.substring(i + 1, end);
      i = end + 1;
      return cls.matches("(?:\\\\d|\\d-\\d|\\d)+");
    }

    /** Reads past {@code (} and what opens the group; whether it is a look-around, which takes no room. */
    private boolean openGroup() {
      i++;
      if (t.startsWith("?:", i)) {
        i += 2;
        return false;
      }
      if (t.startsWith("?=", i) || t.startsWith("?!", i)) {
        i += 2;
        return true;
      }
      if (t.startsWith("?<=", i) || t.startsWith("?<!", i)) {
        i += 3;
        return true;
      }
      if (t.startsWith("?<", i)) {
        i = t.indexOf('>', i) + 1;
      } else if (t.startsWith("?", i)) {
        throw new IllegalArgumentException("flags inside a template");
      }
      return false;
    }

    private void closeGroup() {
      if (i >= t.length() || t.charAt(i) != ')') {
        throw new IllegalArgumentException("unclosed group");
      }
      i++;
    }

    private int classEnd(int start) {
      int j = start + 1;
      if (j < t.length() && t.charAt(j) == '^') {
        j++;
      }
      if (j < t.length() && t.charAt(j) == ']') {
        j++;
      }
      while (t.charAt(j) != ']') {
        j += t.charAt(j) == '\\' ? 2 : t.charAt(j) == '[' ? classEnd(j) - j + 1 : 1;
      }
      return j;
    }

    /** Reads a quantifier after an atom; whether it lets the atom match nothing. */
    private boolean quantifierAllowsNone() {
      if (i >= t.length()) {
        return false;
      }
      char c = t.charAt(i);
      boolean none;
      if (c == '?' || c == '*') {
        i++;
        none = true;
      } else if (c == '+') {
        i++;
        none = false;
      } else if (c == '{' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
        int end = t.indexOf('}', i);
        none = t.substring(i + 1, end).startsWith("0");
        i = end + 1;
      } else {
        return false;
      }
      if (i < t.length() && (t.charAt(i) == '?' || t.charAt(i) == '+')) {
        i++; // lazy or possessive
      }
      return none;
    }
  }
}
