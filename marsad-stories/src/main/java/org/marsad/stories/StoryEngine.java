package org.marsad.stories;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.marsad.stories.cluster.Headlines;
import org.marsad.stories.cluster.StoryClusterer;
import org.marsad.stories.cluster.StoryClustererConfig;
import org.marsad.stories.cluster.StoryDecision;
import org.marsad.stories.cluster.StoryInput;
import org.marsad.stories.dedup.DuplicateDecision;
import org.marsad.stories.dedup.DedupConfig;
import org.marsad.stories.dedup.DuplicateIndex;
import org.marsad.stories.dedup.DuplicateKind;
import org.marsad.stories.related.RelatedInput;
import org.marsad.stories.related.RelatedReads;
import org.marsad.stories.related.Relatedness;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.io.Snapshots;
import org.marsad.stories.text.TermVector;
import org.marsad.stories.text.TfIdfVector;

/**
 * Places articles, one at a time, into duplicate groups and stories, and ranks related reads.
 *
 * <p>Incremental: placing an article looks up candidates in LSH buckets and an inverted index of
 * open stories, never scanning what came before, so its cost does not grow with the store.
 * Deterministic: the same articles in the same order get the same placements. Ids are stable: a
 * group is named by its first member, a story by its first article, and an article placed before
 * keeps its placement when it comes again, except that groups found to hold one text merge into
 * the oldest (see {@link Placed#regrouped}).
 *
 * <p>Bounded: the engine holds a window of the latest {@link Config#window} to {@code window} +
 * {@link Config#step} placements (their fingerprints, their placements) and the stories with an
 * article among them. Older articles are no longer compared with: a copy of one founds a group of
 * its own, and an article placed before the window that comes again is found in the store, not
 * here (see {@link #placement}). The document frequencies, which grow with the vocabulary and not
 * with the store, are kept whole.
 *
 * <p>Restartable: {@link #writeTo} snapshots all of it, and {@link #readFrom} gives an engine that
 * places from there on exactly as this one would. Without a snapshot, an engine can be rebuilt
 * from the placements a store holds ({@link #startRestoring}): the window moves on in steps, at
 * sequences that depend on nothing but the sequence, so the rebuilt one holds the same articles
 * and groups copies alike, though its stories, replayed under today's frequencies, may differ a
 * little.
 *
 * <p>Thread-safe: placing and restoring are serialized; {@link ArticleFeatures#of} and the scoring
 * methods may run concurrently with them.
 */
public final class StoryEngine {
  /** Terms kept per article for rebuilding stories after a restart; stories keep about this many. */
  static final int STORED_TERMS = 100;

  /**
   * Placements held by default: copies arrive within days, and forty thousand is two weeks of a
   * dozen outlets' output, at about 2.5 KB an article (fingerprints, placements, stories).
   */
  public static final int DEFAULT_WINDOW = 40_000;

  /**
   * How the engine decides: duplicates and stories, and how many of the latest placements it
   * holds. Injected, so that a tuning run, a test or a batch job can place with other settings
   * than the defaults.
   *
   * @param window placements held at least; the window moves on every {@link #step} sequences
   */
  public record Config(DedupConfig dedup, StoryClustererConfig stories, int window) {
    public Config {
      java.util.Objects.requireNonNull(dedup, "dedup");
      java.util.Objects.requireNonNull(stories, "stories");
      if (window < 1) {
        throw new IllegalArgumentException("window: must be positive, got " + window);
      }
    }

    /** Settings with the default window. */
    public Config(DedupConfig dedup, StoryClustererConfig stories) {
      this(dedup, stories, DEFAULT_WINDOW);
    }

    public static Config defaults() {
      return new Config(DedupConfig.defaults(), StoryClustererConfig.DEFAULTS);
    }

    /** How far the window moves at once: a quarter of it, so moving costs little per placement. */
    public int step() {
      return Math.max(1, window / 4);
    }

    /**
     * The first sequence held once the article with sequence {@code sequence} is placed: a
     * function of the sequence alone, so an engine restored at any point holds what one that
     * never stopped holds.
     */
    public long floorAt(long sequence) {
      return Math.max(0, sequence / step() * step() - window);
    }
  }

  private final Config config;
  /** Whether this engine only scores: read from a snapshot's frequencies alone, it holds no window. */
  private boolean scoringOnly;
  private final DuplicateIndex duplicates;
  private final DocumentFrequencies frequencies;
  private final StoryClusterer clusterer;
  /**
   * Ids the engine may still name by ordinal: its window's articles, and the first articles of
   * the groups and stories these are in (which may be older).
   */
  private final Map<Integer, String> names = new HashMap<>();
  /** Placements of the window's articles. */
  private final Map<String, Placed> placed = new HashMap<>();
  private int nextOrdinal;
  /** Sequences below this are evicted (or, while restoring, restored only for their stories). */
  private long floor;
  /** The latest publication time seen: the time given to undated articles, so order alone decides. */
  private Instant latest = Instant.EPOCH;

  public StoryEngine() {
    this(Config.defaults());
  }

  public StoryEngine(Config config) {
    this(new DocumentFrequencies(), config);
  }

  private StoryEngine(DocumentFrequencies frequencies, Config config) {
    this(frequencies, config, new DuplicateIndex(config.dedup()), new StoryClusterer(frequencies, config.stories()));
  }

  private StoryEngine(DocumentFrequencies frequencies, Config config, DuplicateIndex duplicates, StoryClusterer clusterer) {
    this.config = config;
    this.frequencies = frequencies;
    this.duplicates = duplicates;
    this.clusterer = clusterer;
  }

  /**
   * Places the article, or returns where it was placed before if that was in the window.
   * Frequencies learn from it first, so its own words are never unseen.
   */
  public synchronized Placed place(ArticleFeatures f) {
    requirePlacing();
    Placed before = placed.get(f.id());
    if (before != null) {
      return before;
    }
    if (nextOrdinal == Integer.MAX_VALUE) {
      throw new IllegalStateException("the engine has placed " + nextOrdinal + " articles, its most");
    }
    int ordinal = nextOrdinal++;
    evictBelow(config.floorAt(ordinal));
    Instant time = timeOf(f);
    frequencies.add(f.terms());
    DuplicateDecision copy = duplicates.add(ordinal, f.fingerprint(), f.wires());
    StoryDecision story = clusterer.add(ordinal, new StoryInput(f.terms(), f.places(), time, copy.group(), copy.siblings()));
    names.put(ordinal, f.id());
    byte[] bytes = fingerprintOf(f);
    String group = idOf(copy.group());
    List<String> moved = new ArrayList<>();
    for (int o : copy.regrouped()) {
      String id = names.get(o);
      Placed member = id == null ? null : placed.get(id);
      if (member != null) {
        placed.put(id, member.inGroup(group));
        moved.add(id);
      }
    }
    Placed p = new Placed(group, idOf(story.story()), ordinal, bytes, copy.kind(), story.created(), moved);
    // kept without its fingerprint (about 2 KB an article, and the store keeps it); placement()
    // reports no regrouping to repeat
    placed.put(f.id(), p.withoutFingerprint());
    return p;
  }

  /**
   * Forgets what lies below the new floor: fingerprints, stories whose last article is older,
   * placements, and the names nothing held refers to.
   */
  private void evictBelow(long newFloor) {
    if (newFloor <= floor) {
      return;
    }
    floor = newFloor;
    int f = (int) newFloor;
    duplicates.evictBelow(f);
    clusterer.evictBelow(f);
    placed.values().removeIf(p -> p.sequence() < newFloor);
    Set<String> named = new HashSet<>();
    for (Placed p : placed.values()) {
      named.add(p.groupId());
      named.add(p.storyId());
    }
    names.entrySet().removeIf(e -> e.getKey() < f && !named.contains(e.getValue()));
  }

  /**
   * The bytes {@link #place} stores for an article, made now: its top terms are weighed by the
   * frequencies as they are now. For an article placed before whose stored bytes cannot be had.
   */
  public synchronized byte[] fingerprintOf(ArticleFeatures f) {
    return FingerprintCodec.encode(timeOf(f), f.fingerprint(), f.terms().top(STORED_TERMS, frequencies), f.places(), f.wires(),
        asStored(f.related()));
  }

  /**
   * Begins restoring after a restart whose last stored placement has {@code lastSequence}, and
   * returns the window's first sequence. Then restore, in ascending sequence, every stored
   * placement from that sequence on, and before it those of the articles whose story has an
   * article from it on (from the story's first article): what an engine that never stopped
   * holds. Call before any other method; an engine never told restores everything in full.
   */
  public synchronized long startRestoring(long lastSequence) {
    if (nextOrdinal > 0) {
      throw new IllegalStateException("restoring must start before anything is placed or restored");
    }
    floor = config.floorAt(lastSequence);
    return floor;
  }

  /**
   * Remembers an article placed before a restart (see {@link #startRestoring}). Call in
   * ascending sequence; a group's or story's first article, when restored, comes before its
   * others, as it did when they were placed. An article before the window is remembered only for
   * its story.
   *
   * @throws IOException if the fingerprint cannot be read
   */
  public synchronized void restore(StoredPlacement p) throws IOException {
    requirePlacing();
    long sequence = p.sequence();
    if (sequence < nextOrdinal || sequence > Integer.MAX_VALUE - 1) {
      throw new IllegalArgumentException("sequence: must increase, got " + sequence + " after " + (nextOrdinal - 1));
    }
    FingerprintCodec.Decoded d = FingerprintCodec.decode(p.fingerprint());
    int ordinal = (int) sequence;
    int group = (int) p.groupSequence();
    int story = (int) p.storySequence();
    nextOrdinal = ordinal + 1;
    names.put(ordinal, p.id());
    names.put(group, p.groupId());
    names.put(story, p.storyId());
    if (sequence >= floor) {
      placed.put(p.id(), new Placed(p.groupId(), p.storyId(), sequence, Placed.NOT_KEPT, DuplicateKind.NONE, false));
      duplicates.restore(ordinal, d.fingerprint(), d.wires(), group);
    }
    clusterer.restore(ordinal, new StoryInput(d.terms(), d.places(), d.time(), group), story);
    if (d.time().isAfter(latest)) {
      latest = d.time();
    }
  }

  /**
   * Where the article was placed, if it is in the window; an article placed before it is not
   * known here but to the store.
   */
  public synchronized @Nullable Placed placement(String id) {
    return placed.get(id);
  }

  /** Placements held: the window's. */
  public synchronized int size() {
    return placed.size();
  }

  /** The sequence the next placement gets: one past the last placed or restored. */
  public synchronized long nextSequence() {
    return nextOrdinal;
  }

  /**
   * The article as related reads compare it when it is read back from its stored fingerprint:
   * the vector relatedness weighs (terms, lead and names added up, see {@link Relatedness}) cut
   * to its {@link #STORED_TERMS} strongest terms under the frequencies as they are now. Ranking
   * stored articles compares this form; evaluations compare it too, so they measure what readers
   * get.
   */
  public synchronized RelatedInput asStored(RelatedInput full) {
    return new RelatedInput(Relatedness.weighed(full).top(STORED_TERMS, frequencies), full.places(), full.time(), full.source());
  }

  /**
   * The related form an article's stored fingerprint holds ({@link #asStored}), or null when the
   * fingerprint was written before it held one.
   *
   * @throws IOException if the bytes are not a fingerprint this engine can read
   */
  public static @Nullable RelatedInput storedRelatedInput(byte[] fingerprint) throws IOException {
    return FingerprintCodec.relatedOnly(fingerprint);
  }

  /**
   * The keys a store indexes an article under for related reads ({@link #relatedQuery}): the
   * terms of the related form its fingerprint holds; none for a fingerprint without one.
   *
   * @throws IOException if the bytes are not a fingerprint this engine can read
   */
  public static List<String> relatedKeys(byte[] fingerprint) throws IOException {
    RelatedInput related = storedRelatedInput(fingerprint);
    if (related == null) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(related.terms().size());
    for (int i = 0; i < related.terms().size(); i++) {
      keys.add(key(related.terms().term(i)));
    }
    return keys;
  }

  /**
   * The keys to look up an article's related reads by, with their weights: the {@code n}
   * strongest terms of its related form under the frequencies as they are now.
   */
  public synchronized Map<String, Float> relatedQuery(RelatedInput form, int n) {
    TfIdfVector v = TfIdfVector.of(form.terms(), frequencies);
    Integer[] order = new Integer[v.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> {
      int c = Double.compare(v.weight(y), v.weight(x));
      return c != 0 ? c : Long.compare(v.term(x), v.term(y));
    });
    Map<String, Float> keys = new HashMap<>();
    for (int i = 0; i < Math.min(n, order.length); i++) {
      keys.put(key(v.term(order[i])), (float) v.weight(order[i]));
    }
    return keys;
  }

  /** A term as a key: its hash in base 36, short and free of characters an index treats apart. */
  private static String key(long term) {
    return Long.toString(term, 36);
  }

  /** How related two articles are, in [0, 1]. */
  public double relatedness(ArticleFeatures a, ArticleFeatures b) {
    return relatedness(a.related(), b.related());
  }

  /** How related two articles are, in [0, 1], by what related reads compare of them. */
  public synchronized double relatedness(RelatedInput a, RelatedInput b) {
    return Relatedness.score(a, b, frequencies);
  }

  /** Indexes into {@code candidates} worth reading after {@code target}, best first, diverse in source. */
  public synchronized List<Integer> related(RelatedInput target, List<RelatedInput> candidates, int limit) {
    return RelatedReads.choose(target, candidates, frequencies, limit);
  }

  /**
   * Whether the engine would put the two articles in one story if they were alone: copies of one
   * text always; otherwise the clustering test, the time window included (an undated article is
   * taken to be as old as the other).
   */
  public boolean sameStory(ArticleFeatures a, ArticleFeatures b) {
    if (a.fingerprint().contentKey() != 0 && a.fingerprint().contentKey() == b.fingerprint().contentKey()) {
      return true;
    }
    Instant ta = a.time() != null ? a.time() : b.time() != null ? b.time() : Instant.EPOCH;
    Instant tb = b.time() != null ? b.time() : ta;
    synchronized (this) {
      return clusterer.sameStory(new StoryInput(a.terms(), a.places(), ta, 0), new StoryInput(b.terms(), b.places(), tb, 1));
    }
  }

  /** Index of the most central of a story's headlines. */
  public int centralHeadline(List<TermVector> headlines) {
    synchronized (this) {
      return Headlines.mostCentral(headlines, frequencies);
    }
  }

  /** Documents the frequencies were learnt from. */
  public synchronized int frequencyDocuments() {
    return frequencies.docs();
  }

  /** The format {@link #writeTo} writes; bumped whenever what it writes changes. */
  private static final int SNAPSHOT_FORMAT = 3;
  private static final int SNAPSHOT_MAGIC = 0x4d534531; // "MSE1"

  /**
   * Writes everything the engine holds (frequencies, window, stories, placements), so that
   * {@link #readFrom} gives an engine that places from here on exactly as this one would. About
   * 1.1 KB per placement in the window. Placing waits while it writes.
   */
  public synchronized void writeTo(DataOutput out) throws IOException {
    out.writeInt(SNAPSHOT_MAGIC);
    out.writeInt(SNAPSHOT_FORMAT);
    out.writeUTF(settings(config));
    frequencies.writeTo(out);
    out.writeInt(nextOrdinal);
    out.writeLong(floor);
    out.writeLong(latest.getEpochSecond());
    out.writeInt(latest.getNano());
    out.writeInt(names.size());
    for (Map.Entry<Integer, String> e : names.entrySet()) {
      out.writeInt(e.getKey());
      out.writeUTF(e.getValue());
    }
    out.writeInt(placed.size());
    for (Map.Entry<String, Placed> e : placed.entrySet()) {
      Placed p = e.getValue();
      out.writeUTF(e.getKey());
      out.writeUTF(p.groupId());
      out.writeUTF(p.storyId());
      out.writeLong(p.sequence());
      out.writeByte(p.kind().ordinal());
      out.writeBoolean(p.newStory());
    }
    duplicates.writeTo(out);
    clusterer.writeTo(out);
  }

  /**
   * Reads what {@link #writeTo} wrote, deciding with {@code config}.
   *
   * @throws IOException if the stream is damaged or truncated, of another format, or written
   *     under other settings (its state would then not be what these settings make)
   */
  public static StoryEngine readFrom(DataInput in, Config config) throws IOException {
    readHeader(in, config);
    DocumentFrequencies df = DocumentFrequencies.readFrom(in);
    int nextOrdinal = in.readInt();
    long floor = in.readLong();
    Instant latest = Instant.ofEpochSecond(in.readLong(), in.readInt());
    Map<Integer, String> names = new HashMap<>();
    int nameCount = Snapshots.count(in, "names");
    for (int i = 0; i < nameCount; i++) {
      names.put(in.readInt(), in.readUTF());
    }
    Map<String, Placed> placed = new HashMap<>();
    int placements = Snapshots.count(in, "placements");
    DuplicateKind[] kinds = DuplicateKind.values();
    for (int i = 0; i < placements; i++) {
      String id = in.readUTF();
      String group = in.readUTF();
      String story = in.readUTF();
      long sequence = in.readLong();
      int kind = in.readUnsignedByte();
      if (kind >= kinds.length) {
        throw new IOException("unknown duplicate kind " + kind);
      }
      placed.put(id, new Placed(group, story, sequence, Placed.NOT_KEPT, kinds[kind], in.readBoolean()));
    }
    DuplicateIndex duplicates = DuplicateIndex.readFrom(in, config.dedup());
    StoryClusterer clusterer = StoryClusterer.readFrom(in, df, config.stories());
    StoryEngine e = new StoryEngine(df, config, duplicates, clusterer);
    e.nextOrdinal = nextOrdinal;
    e.floor = floor;
    e.latest = latest;
    e.names.putAll(names);
    e.placed.putAll(placed);
    return e;
  }

  /**
   * An engine that only scores (relatedness, related reads, central headlines), from the word
   * frequencies at the head of a snapshot {@link #writeTo} wrote, reading no further: what a
   * server that only reads needs, in a fraction of the time. It cannot place or restore.
   *
   * @throws IOException as {@link #readFrom}
   */
  public static StoryEngine scoringFrom(DataInput in, Config config) throws IOException {
    readHeader(in, config);
    StoryEngine e = new StoryEngine(DocumentFrequencies.readFrom(in), config);
    e.scoringOnly = true;
    return e;
  }

  private static void readHeader(DataInput in, Config config) throws IOException {
    if (in.readInt() != SNAPSHOT_MAGIC) {
      throw new IOException("not a stories engine snapshot");
    }
    int format = in.readInt();
    if (format != SNAPSHOT_FORMAT) {
      throw new IOException("engine snapshot format " + format + "; this engine reads " + SNAPSHOT_FORMAT);
    }
    String settings = in.readUTF();
    if (!settings.equals(settings(config))) {
      throw new IOException("engine snapshot written under other settings");
    }
  }

  private void requirePlacing() {
    if (scoringOnly) {
      throw new IllegalStateException("this engine only scores: it was read without its window");
    }
  }

  /** The settings a snapshot must have been written under: every one that shapes the state. */
  private static String settings(Config config) {
    return config.toString();
  }

  /**
   * An empty engine over frequencies an older Marsad snapshotted alone, deciding with {@code
   * config}: to rebuild from a store without reading every article again.
   */
  public static StoryEngine withFrequencies(DataInput in, Config config) throws IOException {
    return new StoryEngine(DocumentFrequencies.readFrom(in), config);
  }

  /** Learns frequencies from an article without placing it: rebuilding a lost snapshot. */
  public synchronized void learn(ArticleFeatures f) {
    requirePlacing();
    frequencies.add(f.terms());
  }

  /** Approximate bytes of memory the engine holds. */
  public synchronized long approximateBytes() {
    return duplicates.approximateBytes() + clusterer.approximateBytes() + placed.size() * 160L + names.size() * 96L;
  }

  private Instant timeOf(ArticleFeatures f) {
    Instant t = f.time();
    if (t == null) {
      return latest;
    }
    if (t.isAfter(latest)) {
      latest = t;
    }
    return t;
  }

  private String idOf(int ordinal) {
    String id = names.get(ordinal);
    if (id == null) {
      throw new IllegalStateException("no article at ordinal " + ordinal);
    }
    return id;
  }
}
