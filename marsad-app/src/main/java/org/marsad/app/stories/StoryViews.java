package org.marsad.app.stories;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;
import org.marsad.model.Published;
import org.marsad.stories.ArticleFeatures;
import org.marsad.stories.StoryEngine;
import org.marsad.stories.related.RelatedInput;
import org.marsad.stories.text.StoryTerms;
import org.marsad.stories.text.TermVector;
import org.marsad.store.ArticleBrief;
import org.marsad.store.ArticleStore;
import org.marsad.store.Placement;
import org.marsad.store.StoryPage;
import org.marsad.store.StoryQuery;
import org.marsad.store.StorySummary;

/**
 * Duplicate groups, stories and related reads as readers see them, read from the store's
 * placements and ranked with the stories engine. Thread-safe.
 */
public final class StoryViews {
  /** Members read per group or story: a group larger than this is shown by its first ones. */
  static final int MAX_MEMBERS = 500;
  /** Candidates fetched from the store's word index for related reads, before ranking. */
  static final int RELATED_CANDIDATES = 40;
  public static final int RELATED_READS = 6;
  /**
   * An article's strongest keys looked up for candidates: as many words as {@code MoreLikeThis}
   * takes of a text, enough to name an event without drifting into its background.
   */
  static final int QUERY_KEYS = 25;
  /** A copy at least this share of the longest copy's length counts as full, for the canonical one. */
  static final double FULL_COPY = 0.8;

  private final Storage storage;
  private final ArticleStore store;

  public StoryViews(Storage storage) {
    this.storage = storage;
    this.store = storage.store();
  }

  /** The article's group, story and related reads. */
  public ArticleStories of(Article article) throws IOException {
    Optional<Placement> placement = store.placement(article.id());
    if (placement.isEmpty()) {
      return new ArticleStories(null, List.of(), null, related(article, null, RELATED_READS));
    }
    List<ArticleBrief> members = store.groupMembers(placement.get().groupId(), MAX_MEMBERS);
    String canonical = canonical(members).map(ArticleBrief::id).orElse(article.id());
    List<Copy> copies = new ArrayList<>();
    for (ArticleBrief m : orderCanonicalFirst(members, canonical)) {
      if (!m.id().equals(article.id())) {
        copies.add(new Copy(m.id(), m.title(), m.source(), m.published(), m.url(), m.id().equals(canonical)));
      }
    }
    return new ArticleStories(canonical.equals(article.id()) ? null : canonical, copies,
        placement.get().storyId(), related(article, placement.get(), RELATED_READS));
  }

  /**
   * Reads related to the article from other texts: candidates from the store's word index, its own
   * copies left out, ranked by the engine for relatedness, recency and variety of sources.
   */
  public List<RelatedRead> related(Article article, int limit) throws IOException {
    return related(article, store.placement(article.id()).orElse(null), limit);
  }

  /**
   * Candidates come from the store's index of related keys, looked up with the article's
   * strongest ones, and are compared in the form their stored fingerprints hold ({@link
   * StoryEngine#asStored}), without reading or analysing any text; only the chosen few are read,
   * for their titles. A store without keys (written by an older Marsad) is searched by the
   * article's words instead, and an article without a stored form is read and analysed.
   */
  private List<RelatedRead> related(Article article, @Nullable Placement own, int limit) throws IOException {
    StoryEngine engine = storage.scoring();
    RelatedInput target = own == null ? null : storedForm(own);
    if (target == null) {
      target = engine.asStored(ArticleFeatures.relatedInputOf(article));
    }
    List<String> found = store.relatedByKeys(engine.relatedQuery(target, QUERY_KEYS), article.id(), RELATED_CANDIDATES);
    if (found.isEmpty()) {
      found = store.similar(article, RELATED_CANDIDATES);
    }
    List<String> ids = new ArrayList<>();
    List<RelatedInput> candidates = new ArrayList<>();
    List<@Nullable String> stories = new ArrayList<>();
    Map<String, Placement> placements = store.placements(found);
    for (String id : found) {
      Optional<Placement> p = Optional.ofNullable(placements.get(id));
      if (own != null && p.isPresent() && p.get().groupId().equals(own.groupId())) {
        continue;
      }
      RelatedInput in = p.isPresent() ? storedForm(p.get()) : null;
      if (in == null) {
        Optional<Article> a = store.find(id);
        if (a.isEmpty()) {
          continue;
        }
        in = engine.asStored(ArticleFeatures.relatedInputOf(a.get()));
      }
      ids.add(id);
      candidates.add(in);
      stories.add(p.map(Placement::storyId).orElse(null));
    }
    List<RelatedRead> reads = new ArrayList<>();
    for (int i : engine.related(target, candidates, limit)) {
      Optional<Article> c = store.find(ids.get(i));
      if (c.isPresent()) {
        Article a = c.get();
        reads.add(new RelatedRead(a.id(), a.title(), a.source(), a.published(), stories.get(i), engine.relatedness(target, candidates.get(i))));
      }
    }
    return reads;
  }

  /** The related form a stored placement's fingerprint holds, or null when it holds none or cannot be read. */
  private static @Nullable RelatedInput storedForm(Placement p) {
    try {
      return StoryEngine.storedRelatedInput(p.fingerprint());
    } catch (IOException e) {
      return null; // a fingerprint this engine cannot read: the article itself is analysed instead
    }
  }

  /** The story with this id, empty when no stored article belongs to it. */
  public Optional<StoryView> story(String storyId) throws IOException {
    List<ArticleBrief> members = store.storyMembers(storyId, MAX_MEMBERS);
    if (members.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(view(storyId, members));
  }

  /** A page of stories, each with its label and sources. */
  public StoryListing stories(StoryQuery query) throws IOException {
    StoryPage page = store.stories(query);
    List<StoryView> views = new ArrayList<>();
    for (StorySummary s : page.stories()) {
      List<ArticleBrief> members = store.storyMembers(s.storyId(), MAX_MEMBERS);
      if (!members.isEmpty()) {
        views.add(view(s.storyId(), members));
      }
    }
    return new StoryListing(page.total(), views);
  }

  /** A page of stories and how many matched in all. */
  public record StoryListing(long total, List<StoryView> stories) {}

  /**
   * A story as readers see it. Its label is the most central headline among its timeline's
   * entries (each distinct text's canonical copy), so the label is always a headline the
   * timeline shows, never a re-headlined copy hidden behind its canonical one.
   */
  private StoryView view(String storyId, List<ArticleBrief> members) throws IOException {
    Map<String, Integer> bySource = new TreeMap<>();
    Map<String, List<ArticleBrief>> byGroup = new LinkedHashMap<>();
    Published first = null;
    Published last = null;
    for (ArticleBrief m : members) {
      if (m.source() != null) {
        bySource.merge(m.source(), 1, Integer::sum);
      }
      String group = m.placement() == null ? m.id() : m.placement().groupId();
      byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
      if (m.published() != null) {
        first = first == null || m.published().instant().isBefore(first.instant()) ? m.published() : first;
        last = last == null || m.published().instant().isAfter(last.instant()) ? m.published() : last;
      }
    }
    List<StoryView.SourceCount> sources = bySource.entrySet().stream()
        .map(e -> new StoryView.SourceCount(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(StoryView.SourceCount::articles).reversed().thenComparing(StoryView.SourceCount::source))
        .toList();
    List<StoryView.TimelineEntry> timeline = new ArrayList<>();
    for (List<ArticleBrief> group : byGroup.values()) {
      ArticleBrief c = canonical(group).orElse(group.get(0));
      timeline.add(new StoryView.TimelineEntry(c.id(), c.title(), c.source(), c.published(), group.size() - 1));
    }
    timeline.sort(Comparator.comparing(StoryView.TimelineEntry::publishedInstant, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
        .thenComparing(StoryView.TimelineEntry::id));
    List<TermVector> headlines = timeline.stream().map(t -> StoryTerms.of(t.title(), List.of())).toList();
    StoryView.TimelineEntry central = timeline.get(storage.scoring().centralHeadline(headlines));
    return new StoryView(storyId, central.title(), central.id(), members.size(), byGroup.size(), sources, first, last, timeline);
  }

  /**
   * The earliest full copy: among members at least {@link #FULL_COPY} of the longest one's length
   * (a reprint cut to its lead is not the text), the first published; members come ordered by
   * publication, so the first full one it is.
   */
  static Optional<ArticleBrief> canonical(List<ArticleBrief> members) {
    int longest = members.stream().mapToInt(ArticleBrief::length).max().orElse(0);
    return members.stream().filter(m -> m.length() >= FULL_COPY * longest).findFirst();
  }

  private static List<ArticleBrief> orderCanonicalFirst(List<ArticleBrief> members, String canonical) {
    List<ArticleBrief> ordered = new ArrayList<>(members.size());
    members.stream().filter(m -> m.id().equals(canonical)).forEach(ordered::add);
    members.stream().filter(m -> !m.id().equals(canonical)).forEach(ordered::add);
    return ordered;
  }
}
