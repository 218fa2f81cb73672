package org.marsad.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.marsad.model.Article;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.stories.cluster.StoryClustererConfig;
import org.marsad.stories.dedup.DedupConfig;
import org.marsad.stories.dedup.DuplicateKind;

/**
 * The engine's bounded window and its restarts: an engine read back from its snapshot places
 * what comes next exactly as one that never stopped; one restored from only what a store holds
 * of the window groups copies exactly alike (its stories may differ, having been rebuilt under
 * today's word frequencies); and the window bounds what is held.
 */
class StoryEngineWindowTest {
  private static final int ARTICLES = 240;
  private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  /** A small window, so a stream of a few hundred articles moves it many times. */
  private static final StoryEngine.Config CONFIG =
      new StoryEngine.Config(DedupConfig.defaults(), StoryClustererConfig.DEFAULTS, 40);

  @Property(tries = 15)
  void anEngineReadFromItsSnapshotPlacesAsOneThatNeverStopped(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = ARTICLES - 1) int split) throws IOException {
    List<ArticleFeatures> stream = stream(seed);
    StoryEngine continuous = new StoryEngine(CONFIG);
    List<Placed> expected = new ArrayList<>();
    byte[] snapshot = null;
    for (int i = 0; i < stream.size(); i++) {
      if (i == split) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        continuous.writeTo(new DataOutputStream(bytes));
        snapshot = bytes.toByteArray();
      }
      expected.add(continuous.place(stream.get(i)));
    }
    StoryEngine read = StoryEngine.readFrom(new DataInputStream(new ByteArrayInputStream(snapshot)), CONFIG);
    for (int i = split; i < stream.size(); i++) {
      Placed p = read.place(stream.get(i));
      Placed e = expected.get(i);
      assertThat(List.of(p.groupId(), p.storyId(), p.sequence(), p.kind(), p.newStory(), p.regrouped()))
          .as("article %d of %d after reading the snapshot taken at %d", i, stream.size(), split)
          .isEqualTo(List.of(e.groupId(), e.storyId(), e.sequence(), e.kind(), e.newStory(), e.regrouped()));
      assertThat(p.fingerprint()).isEqualTo(e.fingerprint());
    }
  }

  @Property(tries = 5)
  void aSnapshotWrittenUnderOtherSettingsIsRefused(@ForAll long seed) throws IOException {
    StoryEngine engine = new StoryEngine(CONFIG);
    stream(seed).subList(0, 50).forEach(engine::place);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    engine.writeTo(new DataOutputStream(bytes));
    StoryEngine.Config other = new StoryEngine.Config(CONFIG.dedup(), CONFIG.stories(), CONFIG.window() + 1);
    assertThatThrownBy(() -> StoryEngine.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), other))
        .isInstanceOf(IOException.class).hasMessageContaining("other settings");
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    assertThatThrownBy(() -> StoryEngine.readFrom(new DataInputStream(new ByteArrayInputStream(cut)), CONFIG))
        .isInstanceOf(IOException.class);
  }

  @Property(tries = 15)
  void anEngineRestoredFromTheWindowGroupsCopiesAsOneThatNeverStopped(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = ARTICLES - 1) int split) throws IOException {
    List<ArticleFeatures> stream = stream(seed);
    StoryEngine continuous = new StoryEngine(CONFIG);
    List<Placed> expected = new ArrayList<>();
    // What the store holds: each article's latest placement, rewritten when its group merged.
    Map<String, StoredState> stored = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (int i = 0; i < stream.size(); i++) {
      ArticleFeatures f = stream.get(i);
      Placed p = continuous.place(f);
      expected.add(p);
      if (i < split) {
        stored.put(f.id(), new StoredState(p.groupId(), p.storyId(), p.sequence(), p.fingerprint()));
        order.add(f.id());
        for (String moved : p.regrouped()) {
          stored.computeIfPresent(moved, (id, s) -> new StoredState(p.groupId(), s.storyId(), s.sequence(), s.fingerprint()));
        }
      }
    }

    StoryEngine restored = new StoryEngine(CONFIG);
    for (int i = 0; i < split; i++) {
      restored.learn(stream.get(i)); // the frequency snapshot
    }
    restore(restored, stored, order);
    for (int i = split; i < stream.size(); i++) {
      Placed p = restored.place(stream.get(i));
      Placed e = expected.get(i);
      assertThat(List.of(p.groupId(), p.sequence(), p.kind(), p.regrouped()))
          .as("article %d of %d after restoring %d", i, stream.size(), split)
          .isEqualTo(List.of(e.groupId(), e.sequence(), e.kind(), e.regrouped()));
    }
  }

  @Property(tries = 5)
  void theWindowBoundsWhatIsHeld(@ForAll long seed) {
    StoryEngine engine = new StoryEngine(CONFIG);
    List<ArticleFeatures> stream = stream(seed);
    for (ArticleFeatures f : stream) {
      engine.place(f);
      assertThat(engine.size()).isLessThanOrEqualTo(CONFIG.window() + CONFIG.step());
    }
    // the first articles are forgotten: placing one again places it anew
    Placed again = engine.place(stream.get(0));
    assertThat(again.sequence()).isEqualTo(stream.size());
  }

  @Property(tries = 5)
  void theStreamHasCopiesAndStoriesAcrossTheWindow(@ForAll long seed) {
    StoryEngine engine = new StoryEngine(CONFIG);
    List<Placed> placed = new ArrayList<>();
    for (ArticleFeatures f : stream(seed)) {
      placed.add(engine.place(f));
    }
    assertThat(placed).anyMatch(p -> p.kind() == DuplicateKind.EXACT).anyMatch(p -> p.kind() == DuplicateKind.NEAR)
        .anyMatch(p -> !p.newStory() && p.kind() == DuplicateKind.NONE);
    Set<String> stories = new HashSet<>();
    placed.forEach(p -> stories.add(p.storyId()));
    assertThat(stories.size()).isBetween(10, ARTICLES - 10);
  }

  private record StoredState(String groupId, String storyId, long sequence, byte[] fingerprint) {}

  /**
   * What a store-backed restorer does: every placement from the window's first sequence on, and
   * before it those whose story has an article from there on.
   */
  private static void restore(StoryEngine engine, Map<String, StoredState> stored, List<String> order) throws IOException {
    long last = stored.get(order.get(order.size() - 1)).sequence();
    long floor = engine.startRestoring(last);
    Map<String, Long> sequences = new HashMap<>();
    Set<String> liveStories = new HashSet<>();
    for (String id : order) {
      StoredState s = stored.get(id);
      sequences.put(id, s.sequence());
      if (s.sequence() >= floor) {
        liveStories.add(s.storyId());
      }
    }
    for (String id : order) {
      StoredState s = stored.get(id);
      if (s.sequence() >= floor || liveStories.contains(s.storyId())) {
        engine.restore(new StoredPlacement(id, s.groupId(), sequences.get(s.groupId()), s.storyId(),
            sequences.get(s.storyId()), s.sequence(), s.fingerprint()));
      }
    }
  }

  /**
   * Articles on a dozen topics (most words from the topic's pool), some exact copies and some
   * cut copies of earlier ones, at times that mostly advance and sometimes come late.
   */
  private static List<ArticleFeatures> stream(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<String>> topics = new ArrayList<>();
    for (int t = 0; t < 12; t++) {
      List<String> pool = new ArrayList<>();
      for (int w = 0; w < 40; w++) {
        pool.add(word(random));
      }
      topics.add(pool);
    }
    List<ArticleFeatures> stream = new ArrayList<>();
    List<List<String>> bodies = new ArrayList<>();
    LocalDateTime now = LocalDateTime.of(2024, 1, 1, 0, 0);
    for (int i = 0; i < ARTICLES; i++) {
      now = now.plusMinutes(random.nextInt(300));
      LocalDateTime time = random.nextInt(10) == 0 ? now.minusHours(random.nextInt(100)) : now;
      List<String> topic = topics.get(random.nextInt(topics.size()));
      List<String> body;
      int kind = random.nextInt(10);
      if (kind == 0 && !bodies.isEmpty()) {
        body = bodies.get(random.nextInt(bodies.size()));
      } else if (kind == 1 && !bodies.isEmpty()) {
        List<String> earlier = bodies.get(random.nextInt(bodies.size()));
        body = earlier.subList(0, Math.max(1, earlier.size() - 1));
      } else {
        body = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
          StringBuilder text = new StringBuilder();
          for (int w = 0; w < 25 + random.nextInt(20); w++) {
            text.append(w == 0 ? "" : " ").append(random.nextInt(10) < 7 ? topic.get(random.nextInt(topic.size())) : word(random));
          }
          body.add(text.toString());
        }
      }
      bodies.add(body);
      String title = topic.get(random.nextInt(topic.size())) + " " + topic.get(random.nextInt(topic.size())) + " " + word(random);
      Published published = new Published(time, ZoneOffset.UTC, time.toString(), Precision.MINUTE);
      stream.add(ArticleFeatures.of(new Article("a" + i, null, title, body, published, "مصدر" + random.nextInt(4),
          List.of(), List.of(), List.of(), Provenance.of("test", "test"))));
    }
    return stream;
  }

  private static String word(SplittableRandom random) {
    StringBuilder w = new StringBuilder();
    for (int k = 0, n = 3 + random.nextInt(5); k < n; k++) {
      w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return w.toString();
  }
}
