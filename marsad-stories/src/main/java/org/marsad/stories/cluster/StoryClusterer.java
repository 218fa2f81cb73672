package org.marsad.stories.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.io.Snapshots;
import org.marsad.stories.text.TermVector;
import org.marsad.stories.text.TfIdfVector;

/**
 * Online story clustering: each article joins the most similar story whose time span, widened
 * by the window, contains the article's time, or founds a new one.
 *
 * <p>A story keeps a centroid (its members' mean raw term weights, cut to the {@code
 * centroidTerms} of highest tf-idf after each join), the places its members name and its first
 * and last time. Similarity is the tf-idf cosine of the article to the centroid, plus {@code
 * placeBonus} when they name a common place. Candidates come from an inverted index from the
 * {@code indexTerms} top centroid terms of every open story to the story, looked up with the
 * article's {@code queryTerms} top terms; at most {@code maxCandidates} of them, those sharing
 * the most query weight, are compared in full. So adding an article never scans all stories.
 *
 * <p>A story closes, leaving the index and keeping only {@code closedTerms} centroid terms, once
 * its last time is more than a window older than the newest time seen: no article at or after
 * the newest time can join it. An article older than the newest time seen also looks at the
 * closed stories whose last time is at most a window before its own, in time order; so a late
 * article costs in proportion to the stories closed since its time, and one in order never pays.
 *
 * <p>The default threshold is 0.45. With {@code marsad eval similarity} (45 human-rated pairs of
 * SemEval-2022 task 8, same story when rated overall ≤ 1.5, decided by {@link #sameStory}) the
 * accuracy was 0.69 at 0.30, 0.73 at 0.35, 0.84 at 0.40, 0.87 at 0.45 and 0.91 at 0.50; 0.45
 * stays below the top so as not to fit 45 pairs. At 0.30, pairs rated 2 ("same topic, related
 * events") were joined, and on SaudiNewsNet the Yemen war chained into one story of 252
 * articles. The place bonus of 0.05 tips only close calls: naming a common country is weak
 * evidence in regional news.
 *
 * <p>Deterministic for a given input: candidates are compared in ascending story order and ties
 * go to the lower one. The caller must add every article to the shared {@link
 * DocumentFrequencies} before it passes the article here. Centroid weights are refreshed as the
 * table grows (see {@link StoryIndex}), in step with the input, so {@link #restore} and {@link
 * #add} leave the same state. Not thread-safe.
 */
public final class StoryClusterer {
  private final DocumentFrequencies df;
  private final StoryClustererConfig config;
  private final StoryIndex index;
  /** Article ordinals, ascending, and the story of each. */
  private int[] ordinals = new int[64];
  private int[] storyOf = new int[64];
  private int articles;

  public StoryClusterer(DocumentFrequencies df) {
    this(df, StoryClustererConfig.DEFAULTS);
  }

  public StoryClusterer(DocumentFrequencies df, StoryClustererConfig config) {
    this.df = Objects.requireNonNull(df, "df");
    this.config = Objects.requireNonNull(config, "config");
    this.index = new StoryIndex(df, config);
  }

  /**
   * Places the article with ordinal {@code ordinal}. A copy (group other than its ordinal)
   * follows its founder's story without comparison; a copy whose founder was never placed is
   * treated as an original.
   *
   * @throws IllegalArgumentException if the ordinal does not exceed every earlier one or the
   *     group exceeds the ordinal
   */
  public StoryDecision add(int ordinal, StoryInput in) {
    long time = check(ordinal, in);
    index.advance(time);
    Story founder = in.group() != ordinal ? storyOfArticle(in.group()) : null;
    StoryDecision decision;
    if (founder != null) {
      follow(founder, ordinal, time);
      decision = new StoryDecision(founder.id, 1.0, false);
    } else {
      TfIdfVector article = TfIdfVector.of(in.terms(), df);
      Story best = null;
      double bestSimilarity = 0;
      Story[] candidates = in.terms().size() < config.minTerms() ? new Story[0] : index.candidates(article, time);
      int[] avoid = siblingStories(in);
      for (Story s : candidates) {
        if (Arrays.binarySearch(avoid, s.id) >= 0) {
          continue;
        }
        double similarity = similarity(article, in, s);
        if (similarity > bestSimilarity) {
          best = s;
          bestSimilarity = similarity;
        }
      }
      if (best != null && bestSimilarity >= config.threshold()) {
        join(best, ordinal, in, time);
        decision = new StoryDecision(best.id, bestSimilarity, false);
      } else {
        found(ordinal, ordinal, in, time);
        decision = new StoryDecision(ordinal, bestSimilarity, true);
      }
    }
    remember(ordinal, decision.story());
    return decision;
  }

  /**
   * The stories of the article's template siblings, ascending: it joins none of them. A story
   * that holds another day's bulletin or another country's cable is about that day or country,
   * however alike the words.
   */
  private int[] siblingStories(StoryInput in) {
    int[] siblings = in.siblings();
    int[] stories = new int[siblings.length];
    int n = 0;
    for (int ordinal : siblings) {
      Story s = storyOfArticle(ordinal);
      if (s != null) {
        stories[n++] = s.id;
      }
    }
    Arrays.sort(stories, 0, n);
    return Arrays.copyOf(stories, n);
  }

  /**
   * Whether {@code b} would join a story that held only {@code a}: the test {@link #add} applies,
   * on a story of one article (its centroid the article's top terms), the window included. How
   * Marsad decides "same story" for a pair of articles on their own, as a pairwise evaluation asks.
   */
  public boolean sameStory(StoryInput a, StoryInput b) {
    long window = config.window().toMillis();
    if (Math.abs(a.time().toEpochMilli() - b.time().toEpochMilli()) > window) {
      return false;
    }
    TfIdfVector centroid = TfIdfVector.of(a.terms().top(config.centroidTerms(), df), df);
    double bonus = sharesPlace(a.places(), b.places()) ? config.placeBonus() : 0;
    return Math.min(1.0, TfIdfVector.of(b.terms(), df).cosine(centroid) + bonus) >= config.threshold();
  }

  private static boolean sharesPlace(java.util.Set<String> a, java.util.Set<String> b) {
    for (String place : a) {
      if (b.contains(place)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replays a placement made before a restart, without deciding: the state afterwards is the one
   * {@link #add} left when it placed the article there, given the same document frequencies at
   * each step. A story not seen yet is founded under its given ordinal.
   *
   * @throws IllegalArgumentException as for {@link #add}, or if {@code story} exceeds the ordinal
   */
  public void restore(int ordinal, StoryInput in, int story) {
    if (story < 0 || story > ordinal) {
      throw new IllegalArgumentException("story: must be in [0, ordinal " + ordinal + "], got " + story);
    }
    long time = check(ordinal, in);
    index.advance(time);
    Story s = index.story(story);
    if (s == null) {
      found(story, ordinal, in, time);
    } else if (in.group() != ordinal && storyOfArticle(in.group()) == s) {
      follow(s, ordinal, time);
    } else {
      join(s, ordinal, in, time);
    }
    remember(ordinal, story);
  }

  /**
   * Forgets every story whose last article's ordinal is below {@code floor}, and which story its
   * articles were in: a copy of one of them is then placed as an original. A clusterer that
   * evicted, and one that restored only the articles of the stories kept (all of each story's
   * articles, from its first), place alike from here on.
   */
  public void evictBelow(int floor) {
    index.evictLastBelow(floor);
    int kept = 0;
    for (int i = 0; i < articles; i++) {
      if (index.story(storyOf[i]) != null) {
        ordinals[kept] = ordinals[i];
        storyOf[kept++] = storyOf[i];
      }
    }
    articles = kept;
  }

  /** Writes the clusterer's state, for {@link #readFrom}. */
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(articles);
    Snapshots.writeInts(out, ordinals, articles);
    Snapshots.writeInts(out, storyOf, articles);
    index.writeTo(out);
  }

  /**
   * Reads what {@link #writeTo} wrote, into a clusterer that places from here on as the one
   * written, given the same frequencies (its stories keep the weights they had).
   *
   * @throws IOException on a damaged or truncated stream
   */
  public static StoryClusterer readFrom(DataInput in, DocumentFrequencies df, StoryClustererConfig config) throws IOException {
    StoryClusterer c = new StoryClusterer(df, config);
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("clusterer: negative article count");
    }
    c.ordinals = Snapshots.readInts(in, "clustered ordinals", n, Math.max(64, n));
    c.storyOf = Snapshots.readInts(in, "clustered stories", n, Math.max(64, n));
    c.articles = n;
    c.index.readFrom(in);
    return c;
  }

  /** The number of stories founded, evicted ones too. */
  public int stories() {
    return index.size();
  }

  /** The number of stories still in the candidate index. */
  public int openStories() {
    return index.openSize();
  }

  /** Estimated heap use: stories, candidate index and the article-to-story table. */
  public long approximateBytes() {
    return 64 + index.approximateBytes() + 8L * ordinals.length;
  }

  private long check(int ordinal, StoryInput in) {
    Objects.requireNonNull(in, "in");
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal: must not be negative, got " + ordinal);
    }
    if (articles > 0 && ordinal <= ordinals[articles - 1]) {
      throw new IllegalArgumentException(
          "ordinal: must exceed the previous ordinal " + ordinals[articles - 1] + ", got " + ordinal);
    }
    if (in.group() > ordinal) {
      throw new IllegalArgumentException("in.group: must not exceed ordinal " + ordinal + ", got " + in.group());
    }
    return in.time().getEpochSecond();
  }

  private double similarity(TfIdfVector article, StoryInput in, Story s) {
    double bonus = s.sharesPlace(in.places()) ? config.placeBonus() : 0;
    return Math.min(1.0, article.cosine(s.weighted) + bonus);
  }

  private void found(int id, int ordinal, StoryInput in, long time) {
    index.file(new Story(id, ordinal, in.terms().top(config.centroidTerms(), df), in.places(), time));
  }

  private void join(Story s, int ordinal, StoryInput in, long time) {
    index.unfile(s);
    s.lastOrdinal = ordinal;
    double keep = s.shapers / (s.shapers + 1.0);
    TermVector mean = TermVector.linear(s.centroid, keep, in.terms(), 1 - keep);
    s.centroid = mean.top(config.centroidTerms(), df);
    s.shapers++;
    s.size++;
    s.places.addAll(in.places());
    s.first = Math.min(s.first, time);
    s.last = Math.max(s.last, time);
    index.file(s);
  }

  /** A copy adds nothing to the centroid (a syndicated text would outweigh the rest) but time. */
  private void follow(Story s, int ordinal, long time) {
    index.unfile(s);
    s.lastOrdinal = ordinal;
    s.size++;
    s.first = Math.min(s.first, time);
    s.last = Math.max(s.last, time);
    index.file(s);
  }

  private void remember(int ordinal, int story) {
    if (articles == ordinals.length) {
      ordinals = Arrays.copyOf(ordinals, articles * 2);
      storyOf = Arrays.copyOf(storyOf, articles * 2);
    }
    ordinals[articles] = ordinal;
    storyOf[articles++] = story;
  }

  private @Nullable Story storyOfArticle(int ordinal) {
    int i = Arrays.binarySearch(ordinals, 0, articles, ordinal);
    return i >= 0 ? index.story(storyOf[i]) : null;
  }
}
