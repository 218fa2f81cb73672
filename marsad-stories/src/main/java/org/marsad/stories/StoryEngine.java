package org.marsad.stories;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.marsad.stories.text.TermVector;

/**
 * Places articles, one at a time, into duplicate groups and stories, and ranks related reads.
 *
 * <p>Incremental: placing an article looks up candidates in LSH buckets and an inverted index of
 * open stories, never scanning what came before, so its cost does not grow with the store; memory
 * grows linearly with it. Deterministic: the same articles in the same order get the same
 * placements. Ids are stable: a group is named by its first member, a story by its first article,
 * and an article placed before keeps its placement when it comes again, except that groups found
 * to hold one text merge into the oldest (see {@link Placed#regrouped}).
 *
 * <p>Its memory is rebuilt after a restart from what {@link #place} returned (see {@link
 * #restore}) and a snapshot of the document frequencies ({@link #writeFrequencies}).
 *
 * <p>Thread-safe: placing and restoring are serialized; {@link ArticleFeatures#of} and the scoring
 * methods may run concurrently with them.
 */
public final class StoryEngine {
  /** Terms kept per article for rebuilding stories after a restart; stories keep about this many. */
  static final int STORED_TERMS = 100;

  /**
   * How the engine decides: duplicates and stories. Injected, so that a tuning run, a test or a
   * batch job can place with other settings than the defaults.
   */
  public record Config(DedupConfig dedup, StoryClustererConfig stories) {
    public Config {
      java.util.Objects.requireNonNull(dedup, "dedup");
      java.util.Objects.requireNonNull(stories, "stories");
    }

    public static Config defaults() {
      return new Config(DedupConfig.defaults(), StoryClustererConfig.DEFAULTS);
    }
  }

  private final DuplicateIndex duplicates;
  private final DocumentFrequencies frequencies;
  private final StoryClusterer clusterer;
  /** Article id by ordinal (the placement sequence); null where a sequence was never restored. */
  private final List<@Nullable String> ids = new ArrayList<>();
  private final Map<String, Placed> placed = new HashMap<>();
  /** The latest publication time seen: the time given to undated articles, so order alone decides. */
  private Instant latest = Instant.EPOCH;

  public StoryEngine() {
    this(Config.defaults());
  }

  public StoryEngine(Config config) {
    this(new DocumentFrequencies(), config);
  }

  private StoryEngine(DocumentFrequencies frequencies, Config config) {
    this.frequencies = frequencies;
    this.duplicates = new DuplicateIndex(config.dedup());
    this.clusterer = new StoryClusterer(frequencies, config.stories());
  }

  /**
   * Places the article, or returns where it was placed before. Frequencies learn from it first, so
   * its own words are never unseen.
   */
  public synchronized Placed place(ArticleFeatures f) {
    Placed before = placed.get(f.id());
    if (before != null) {
      return before;
    }
    int ordinal = ids.size();
    Instant time = timeOf(f);
    frequencies.add(f.terms());
    DuplicateDecision copy = duplicates.add(ordinal, f.fingerprint(), f.wires());
    StoryDecision story = clusterer.add(ordinal, new StoryInput(f.terms(), f.places(), time, copy.group(), copy.siblings()));
    ids.add(f.id());
    byte[] bytes = fingerprintOf(f);
    String group = idOf(copy.group());
    List<String> moved = new ArrayList<>();
    for (int o : copy.regrouped()) {
      String id = ids.get(o);
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
   * The bytes {@link #place} stores for an article, made now: its top terms are weighed by the
   * frequencies as they are now. For an article placed before whose stored bytes cannot be had.
   */
  public synchronized byte[] fingerprintOf(ArticleFeatures f) {
    return FingerprintCodec.encode(timeOf(f), f.fingerprint(), f.terms().top(STORED_TERMS, frequencies), f.places(), f.wires());
  }

  /**
   * Remembers an article placed before a restart. Call in ascending sequence; a group's or story's
   * first article comes before its others, as it did when they were placed.
   *
   * @throws IOException if the fingerprint cannot be read, or names a group or story not restored
   */
  public synchronized void restore(String id, String groupId, String storyId, long sequence, byte[] fingerprint) throws IOException {
    if (sequence < ids.size() || sequence > Integer.MAX_VALUE - 1) {
      throw new IllegalArgumentException("sequence: must increase, got " + sequence + " after " + (ids.size() - 1));
    }
    FingerprintCodec.Decoded d = FingerprintCodec.decode(fingerprint);
    int ordinal = (int) sequence;
    while (ids.size() < ordinal) {
      ids.add(null);
    }
    ids.add(id);
    placed.put(id, new Placed(groupId, storyId, sequence, Placed.NOT_KEPT, DuplicateKind.NONE, false));
    int group = ordinalOf(groupId, ordinal);
    int story = ordinalOf(storyId, ordinal);
    duplicates.restore(ordinal, d.fingerprint(), d.wires(), group);
    clusterer.restore(ordinal, new StoryInput(d.terms(), d.places(), d.time(), group), story);
    if (d.time().isAfter(latest)) {
      latest = d.time();
    }
  }

  private int ordinalOf(String id, int self) throws IOException {
    Placed p = placed.get(id);
    if (p == null) {
      throw new IOException("placement of sequence " + self + " names " + id + ", which was not restored before it");
    }
    return (int) p.sequence();
  }

  /** Where the article was placed, if it was. */
  public synchronized @Nullable Placed placement(String id) {
    return placed.get(id);
  }

  /** Articles placed or restored. */
  public synchronized int size() {
    return placed.size();
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

  public synchronized void writeFrequencies(DataOutput out) throws IOException {
    frequencies.writeTo(out);
  }

  /** Replaces the frequencies with a snapshot written by {@link #writeFrequencies}. Call before restoring. */
  public static StoryEngine withFrequencies(DataInput in) throws IOException {
    return withFrequencies(in, Config.defaults());
  }

  /** As {@link #withFrequencies(DataInput)}, deciding with {@code config}. */
  public static StoryEngine withFrequencies(DataInput in, Config config) throws IOException {
    return new StoryEngine(DocumentFrequencies.readFrom(in), config);
  }

  /** Learns frequencies from an article without placing it: rebuilding a lost snapshot. */
  public synchronized void learn(ArticleFeatures f) {
    frequencies.add(f.terms());
  }

  /** Approximate bytes of memory the engine holds. */
  public synchronized long approximateBytes() {
    return duplicates.approximateBytes() + clusterer.approximateBytes() + placed.size() * 160L;
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
    String id = ids.get(ordinal);
    if (id == null) {
      throw new IllegalStateException("no article at ordinal " + ordinal);
    }
    return id;
  }
}
