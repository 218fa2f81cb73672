package org.marsad.stories.dedup;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Exact and near-duplicate detection over a growing set of articles. Each {@link #add} decides
 * whether the article copies an earlier one and files it in that one's group, or founds a group.
 *
 * <p>Exact copies are found by content key in a hash table. Near copies are found by LSH over the
 * MinHash signatures ({@link LshBuckets}) and verified with {@link DuplicateRule}; an add looks at
 * one bucket per band and at most {@link DedupConfig#maxBucketScan} articles in each (plus, for
 * each candidate that passes, its group's founder), so it costs the same for ten thousand articles
 * as for ten million. Memory is linear in the articles held and in primitive arrays: about 700
 * bytes per article, plus 970 to 1,700 with the default 63 bands (as the bucket tables fill) per
 * article long enough for near matching (see {@link #approximateBytes}); {@link #evictBelow}
 * bounds what is held.
 *
 * <p>Groups that turn out to hold one text merge into the oldest (see {@link
 * DedupConfig#mergeResemblance}); the decision names the articles whose group changed, so that
 * stored placements can follow.
 *
 * <p>Deterministic: the same articles in the same order give the same decisions. Candidates are
 * examined in slot order and ties go to the lowest ordinal; no hash-ordered collection is
 * iterated. Not thread-safe: the caller serializes {@code add} and {@code restore}.
 */
public final class DuplicateIndex {
  private final DuplicateRule rule;
  private final DedupConfig config;
  private ArticleTable articles = new ArticleTable(Fingerprint.SIGNATURE_LENGTH);
  private ExactKeys exactKeys = new ExactKeys();
  private LshBuckets buckets;
  private WireSets wireSets = new WireSets();
  private final int[] candidates;
  /** Groups the last decision merges into its group, applied once the article is remembered. */
  private final int[] merging;
  private int mergingCount;
  private int lastOrdinal = -1;
  private int lastCandidateCount;

  /** An index with {@link DedupConfig#defaults()}. */
  public DuplicateIndex() {
    this(DedupConfig.defaults());
  }

  public DuplicateIndex(DedupConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.rule = new DuplicateRule(config);
    this.buckets = new LshBuckets(config.bands(), config.rows(), config.maxBucketScan());
    this.candidates = new int[buckets.maxCandidates()];
    this.merging = new int[buckets.maxCandidates()];
  }

  public DedupConfig config() {
    return config;
  }

  /**
   * Decides whether this article copies an earlier one, then remembers it. Ordinals strictly
   * increase across add/restore calls but may have gaps. wires: normalized names of credited wire
   * agencies (may be empty).
   */
  public DuplicateDecision add(int ordinal, Fingerprint fp, Set<String> wires) {
    requireNext(ordinal, fp, wires);
    int wireSet = wireSets.intern(wires);
    DuplicateDecision decision = decide(ordinal, fp, wireSet);
    remember(ordinal, fp, wireSet, decision.group());
    if (mergingCount == 0) {
      return decision;
    }
    int[] regrouped = new int[0];
    for (int i = 0; i < mergingCount; i++) {
      int[] moved = articles.merge(merging[i], decision.group());
      int at = regrouped.length;
      regrouped = Arrays.copyOf(regrouped, at + moved.length);
      System.arraycopy(moved, 0, regrouped, at, moved.length);
    }
    Arrays.sort(regrouped);
    return decision.withRegrouped(regrouped);
  }

  /**
   * Remembers an article placed earlier (rebuilding after a restart), in its known group, without
   * deciding. A group whose founder was never restored is taken as it is: the founder check is
   * then skipped for it. As in {@link #add}, a later exact copy of a remembered text is found
   * through that text's first occurrence, so exact copies should share its group.
   */
  public void restore(int ordinal, Fingerprint fp, Set<String> wires, int group) {
    requireNext(ordinal, fp, wires);
    if (group < 0 || group > ordinal) {
      throw new IllegalArgumentException("group must be in 0.." + ordinal + ": " + group);
    }
    remember(ordinal, fp, wireSets.intern(wires), group);
  }

  /**
   * Forgets every article with an ordinal below {@code floor}: later articles are no longer
   * compared with them, and a group whose founder is forgotten goes on as a restored group
   * without its founder does. The table, exact keys and buckets are rebuilt from the articles
   * kept, in order and by the steps {@link #restore} takes, so this index and one that restored
   * only the kept articles (with their groups) decide alike from here on. Costs time in
   * proportion to the articles kept.
   */
  public void evictBelow(int floor) {
    if (articles.size() == 0 || articles.ordinal(0) >= floor) {
      return;
    }
    ArticleTable old = articles;
    articles = new ArticleTable(Fingerprint.SIGNATURE_LENGTH);
    exactKeys = new ExactKeys();
    buckets = new LshBuckets(config.bands(), config.rows(), config.maxBucketScan());
    for (int s = old.firstSlotFrom(floor); s < old.size(); s++) {
      articles.appendFrom(old, s);
    }
    fileAll();
  }

  /** Files every slot of the table, in order, as each was filed when it came. */
  private void fileAll() {
    int[] signature = new int[Fingerprint.SIGNATURE_LENGTH];
    for (int slot = 0; slot < articles.size(); slot++) {
      articles.signature(slot, signature);
      file(slot, articles.contentKey(slot), articles.shingles(slot), signature);
    }
  }

  /** Writes what the index holds, for {@link #readFrom}. */
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(lastOrdinal);
    wireSets.writeTo(out);
    articles.writeTo(out);
  }

  /**
   * Reads what {@link #writeTo} wrote, into an index that decides from here on as the one
   * written: its exact keys and buckets are filed again, slot by slot, as they were filed when
   * the articles came.
   *
   * @throws IOException on a damaged or truncated stream
   */
  public static DuplicateIndex readFrom(DataInput in, DedupConfig config) throws IOException {
    DuplicateIndex index = new DuplicateIndex(config);
    index.lastOrdinal = in.readInt();
    index.wireSets = WireSets.readFrom(in);
    index.articles = ArticleTable.readFrom(in, Fingerprint.SIGNATURE_LENGTH);
    index.fileAll();
    return index;
  }

  /** How many articles the index holds: added or restored, less those evicted. */
  public int size() {
    return articles.size();
  }

  /** The bytes held by the index's arrays and maps, roughly (object headers left out). */
  public long approximateBytes() {
    return articles.bytes() + exactKeys.bytes() + buckets.bytes() + wireSets.bytes();
  }

  /** Distinct candidates the last {@link #add} verified: for tests of the cost bound. */
  int lastCandidateCount() {
    return lastCandidateCount;
  }

  private void requireNext(int ordinal, Fingerprint fp, Set<String> wires) {
    Objects.requireNonNull(fp, "fp");
    Objects.requireNonNull(wires, "wires");
    if (ordinal <= lastOrdinal) {
      throw new IllegalArgumentException(
          "ordinal must be greater than the last one, " + lastOrdinal + ": " + ordinal);
    }
  }

  private DuplicateDecision decide(int ordinal, Fingerprint fp, int wireSet) {
    lastCandidateCount = 0;
    mergingCount = 0;
    if (rule.exactEligible(fp)) {
      int slot = exactKeys.find(fp.contentKey());
      if (slot >= 0) {
        return new DuplicateDecision(articles.group(slot), articles.ordinal(slot), DuplicateKind.EXACT, 1.0, 1.0);
      }
    }
    if (!rule.nearEligible(fp.shingles())) {
      return DuplicateDecision.none(ordinal);
    }
    int[] signature = fp.rawSignature();
    int count = distinct(candidates, buckets.collect(signature, candidates));
    lastCandidateCount = count;
    // First sort the candidates into copies and template siblings: a group where the article
    // finds half as many siblings as copies is closed to it, whichever member it matches (a
    // reprint without the figures bridges two days' bulletins), while one odd member (an
    // outlet's rewrite with figures of its own) does not close a large group of copies.
    int[] siblingGroups = new int[count];
    int siblingCount = 0;
    int copies = 0;
    double[] resemblances = new double[count];
    for (int i = 0; i < count; i++) {
      int slot = candidates[i];
      double resemblance = resemblance(slot, signature);
      DuplicateRule.Evidence e = evidence(slot, resemblance, fp, wireSet);
      if (rule.isCopy(e)) {
        candidates[copies] = slot;
        resemblances[copies++] = resemblance;
      } else if (rule.overlaps(e) && rule.siblings(e.facts())) {
        siblingGroups[siblingCount] = articles.group(slot);
        siblingOrdinals(siblingCount, articles.ordinal(slot));
        siblingCount++;
      }
    }
    Arrays.sort(siblingGroups, 0, siblingCount);
    int[] copyGroups = new int[copies];
    for (int i = 0; i < copies; i++) {
      copyGroups[i] = articles.group(candidates[i]);
    }
    Arrays.sort(copyGroups);
    DuplicateDecision best = DuplicateDecision.none(ordinal);
    int[] sameText = new int[copies];
    int sameTextCount = 0;
    for (int i = 0; i < copies; i++) {
      int slot = candidates[i];
      double resemblance = resemblances[i];
      int group = articles.group(slot);
      if (SIBLING_WEIGHT * count(siblingGroups, siblingCount, group) >= count(copyGroups, copies, group)
          || !passesFounder(slot, fp, wireSet)) {
        continue;
      }
      if (resemblance >= config.mergeResemblance()) {
        sameText[sameTextCount++] = group;
      }
      double containment = Similarity.containment(resemblance, fp.shingles(), articles.shingles(slot));
      // Slots rise with ordinals, so keeping the first of equals keeps the lowest ordinal.
      if (best.kind() == DuplicateKind.NONE
          || resemblance > best.resemblance()
          || (resemblance == best.resemblance() && containment > best.containment())) {
        best = new DuplicateDecision(articles.group(slot), articles.ordinal(slot), DuplicateKind.NEAR,
            resemblance, containment);
      }
    }
    best = mergeGroups(best, sameText, sameTextCount);
    int reported = Math.min(siblingCount, DuplicateDecision.MAX_SIBLINGS);
    return reported == 0 ? best : best.withSiblings(Arrays.copyOf(siblingOrdinals, reported));
  }

  /**
   * Groups that turn out to hold one text: when the article is the same text (resemblance at
   * least {@link DedupConfig#mergeResemblance}, not mere containment, so a digest joins nothing)
   * as open members of several groups, and is the same text as its best match, those groups
   * become one, named by the oldest. Notes the groups to merge for {@link #add}; returns the
   * decision with the surviving group.
   */
  private DuplicateDecision mergeGroups(DuplicateDecision best, int[] groups, int n) {
    if (best.kind() != DuplicateKind.NEAR || best.resemblance() < config.mergeResemblance() || n < 2) {
      return best;
    }
    n = distinct(groups, n);
    if (n < 2) {
      return best;
    }
    int survivor = groups[0]; // sorted: the oldest group
    for (int i = 1; i < n; i++) {
      merging[mergingCount++] = groups[i];
    }
    return new DuplicateDecision(survivor, best.match(), best.kind(), best.resemblance(), best.containment());
  }

  /** How many of the first {@code n} sorted values equal {@code value}: two binary searches. */
  private static int count(int[] sorted, int n, int value) {
    return lowerBound(sorted, n, value + 1L) - lowerBound(sorted, n, value);
  }

  /** The first index among the first {@code n} sorted values whose value is at least {@code value}. */
  private static int lowerBound(int[] sorted, int n, long value) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * What one template sibling among a group's candidates weighs against one copy: a sibling's
   * conflicting facts are sure evidence, a copy's match may rest on a reprint that left the facts
   * out.
   */
  private static final int SIBLING_WEIGHT = 2;

  /** Ordinals of the last add's template siblings, in slot order (ascending), the first few kept. */
  private final int[] siblingOrdinals = new int[DuplicateDecision.MAX_SIBLINGS];

  private void siblingOrdinals(int index, int ordinal) {
    if (index < siblingOrdinals.length) {
      siblingOrdinals[index] = ordinal;
    }
  }

  private double resemblance(int slot, int[] signature) {
    return (double) articles.agreements(slot, signature) / Fingerprint.SIGNATURE_LENGTH;
  }

  private DuplicateRule.Evidence evidence(int slot, double resemblance, Fingerprint fp, int wireSet) {
    boolean sharedWire = wireSets.share(wireSet, articles.wireSet(slot));
    double wordResemblance = fp.words() == 0 || articles.words(slot) == 0 ? 0.0
        : (double) articles.wordAgreements(slot, fp.rawWordSignature()) / Fingerprint.WORD_SIGNATURE_LENGTH;
    return new DuplicateRule.Evidence(fp.shingles(), articles.shingles(slot), resemblance, fp.words(),
        articles.words(slot), wordResemblance, sharedWire, fp.facts().compare(articles.facts(slot)));
  }

  /**
   * A match through a later group member must also overlap the group's founder: otherwise a
   * digest that matched item A would pass item B's copies on into A's group. Overlap is shingle
   * containment of at least {@link DedupConfig#founderContainment}, or the word rule. Facts are
   * not compared with the founder's: a founder is often an outlet's rewrite, with figures of its
   * own, and a group holding the article's template sibling is closed to it anyway (see {@link
   * #decide}).
   */
  private boolean passesFounder(int slot, Fingerprint fp, int wireSet) {
    int group = articles.group(slot);
    if (config.founderContainment() == 0.0 || group == articles.ordinal(slot)) {
      return true;
    }
    int founder = articles.slotOf(group);
    if (founder < 0) {
      return true;
    }
    DuplicateRule.Evidence e = evidence(founder, resemblance(founder, fp.rawSignature()), fp, wireSet);
    return Similarity.containment(e.resemblance(), fp.shingles(), articles.shingles(founder))
        >= config.founderContainment() || rule.wordNear(e);
  }

  private void remember(int ordinal, Fingerprint fp, int wireSet, int group) {
    int slot = articles.append(ordinal, group, wireSet, fp);
    lastOrdinal = ordinal;
    file(slot, fp.contentKey(), fp.shingles(), fp.rawSignature());
  }

  /** Files the article in slot {@code slot} under its content key and in the buckets. */
  private void file(int slot, long contentKey, int shingles, int[] signature) {
    // An exact copy adds nothing to the buckets: its first occurrence, with the same signature
    // and a lower ordinal, is there already and would win every tie.
    boolean firstOfItsText = !rule.exactEligible(contentKey, shingles) || exactKeys.putIfAbsent(contentKey, slot);
    if (firstOfItsText && rule.nearEligible(shingles)) {
      buckets.insert(slot, signature);
    }
  }

  /** Sorts the first {@code count} values and drops repeats in place; returns the new count. */
  private static int distinct(int[] values, int count) {
    Arrays.sort(values, 0, count);
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (kept == 0 || values[i] != values[kept - 1]) {
        values[kept++] = values[i];
      }
    }
    return kept;
  }
}
