package org.marsad.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.marsad.enrich.Enricher;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.read.Readers;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;
import org.marsad.stories.PlacementStage;

/**
 * The one road every article takes, whichever way it came (a file, a request body, a feed's page,
 * a batch executor): its document is read by the reader its kind calls for ({@link Readers}), the
 * text put in display form ({@link DisplayText}), the enrichment stages run ({@link Enricher}), and
 * the article placed in its duplicate group and story ({@link PlacementStage}, when given). What
 * comes out goes to an {@link Output}, in the order read; the pipeline keeps no store.
 *
 * <p>Articles wait a little ({@link #LOOK_AHEAD}) before they are handed on: meanwhile they are
 * enriched on worker threads (the stages cost more than reading and storing together) and the
 * placement stage works on them on its own; they are handed on in the order read, all of a
 * document's before {@link #process(Document, Output, Diagnostics)} returns, so its problems are
 * reported with it. Not thread-safe: one pipeline per route thread, sharing the readers and the
 * placement stage if they like.
 */
public final class Pipeline {
  /** Receives what the pipeline made, one article at a time. */
  @FunctionalInterface
  public interface Output {
    void accept(Processed processed) throws IOException;
  }

  /** Articles read ahead of the one being handed on, for the placement stage to prepare. */
  public static final int LOOK_AHEAD = 32;

  private final Readers readers;
  private final Enricher enricher;
  private final @Nullable PlacementStage placing;
  private final Deque<Waiting> ahead = new ArrayDeque<>();

  /**
   * Threads that run the enrichment stages, shared by every pipeline of the process: one fewer than
   * there are cores (at least one), since the route's own thread reads, places and stores at the
   * same time, and it is the slower of the two: a worker on every core took the route thread's
   * core from it (on two cores, bench ingest's ratio to plain Lucene was 0.28 and 0.29 with two
   * workers, 0.36 and 0.37 with one).
   */
  private static final ExecutorService ENRICHING = Executors.newFixedThreadPool(
      Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
        Thread t = new Thread(r, "marsad-enrich");
        t.setDaemon(true);
        return t;
      });

  /** What a stage says of one article, kept apart until the article is handed on. */
  private static final int DIAGNOSTICS_PER_ARTICLE = 20;

  /** An article read, in display form, its enrichment under way. */
  private record Waiting(Article displayed, Future<Article> enriched, Diagnostics diagnostics) {}

  /**
   * @param placing where articles are placed, or null for a pipeline that does not place (such as
   *     {@code marsad process})
   */
  public Pipeline(Readers readers, Enricher enricher, @Nullable PlacementStage placing) {
    this.readers = Objects.requireNonNull(readers, "readers");
    this.enricher = Objects.requireNonNull(enricher, "enricher");
    this.placing = placing;
  }

  public Readers readers() {
    return readers;
  }

  /**
   * Reads {@code document} and hands on each of its articles.
   *
   * @throws org.marsad.ingest.NotReadable when no reader takes it (nothing handed on)
   * @throws IOException when it cannot be read at all, or the output fails (what was handed on
   *     before stays handed on)
   */
  public void process(Document document, Output out, Diagnostics diagnostics) throws IOException {
    try {
      readers.read(document, article -> take(article, out, diagnostics), diagnostics);
    } catch (Throwable t) {
      afterFailure(t, out, diagnostics);
      throw t;
    }
    drain(out, diagnostics);
  }

  /**
   * Reads {@code document} and hands each article to {@code sink} as read and put in display form:
   * for a route that adjusts articles (the feed follower names their outlet) before {@link
   * #process(Article, Output, Diagnostics)}.
   */
  public void read(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    readers.read(document, article -> sink.accept(DisplayText.of(article)), diagnostics);
  }

  /** Takes an article read elsewhere (a feed item's own text) the rest of the road. */
  public void process(Article article, Output out, Diagnostics diagnostics) throws IOException {
    try {
      take(article, out, diagnostics);
    } catch (Throwable t) {
      afterFailure(t, out, diagnostics);
      throw t;
    }
    drain(out, diagnostics);
  }

  /**
   * After reading or handing on failed with {@code failure}: the articles waiting are handed on
   * (what was read is kept), and what goes wrong there is added to the failure, never put in its
   * place. After an {@link Error} (out of memory) nothing more is done: the state of the stages
   * is not to be trusted, and the error must reach the user as itself.
   */
  private void afterFailure(Throwable failure, Output out, Diagnostics diagnostics) {
    if (failure instanceof Error) {
      ahead.clear();
      return;
    }
    try {
      drain(out, diagnostics);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private void take(Article read, Output out, Diagnostics diagnostics) throws IOException {
    Article displayed = DisplayText.of(read);
    Diagnostics own = new Diagnostics(DIAGNOSTICS_PER_ARTICLE);
    Future<Article> enriched = ENRICHING.submit(() -> enricher.enrich(displayed, own));
    if (placing != null) {
      // placing reads the text, not the annotations: it starts now, in the order read
      placing.prepare(displayed);
    }
    ahead.add(new Waiting(displayed, enriched, own));
    if (ahead.size() > LOOK_AHEAD) {
      handOn(ahead.poll(), out, diagnostics);
    }
  }

  private void handOn(Waiting w, Output out, Diagnostics diagnostics) throws IOException {
    Article article = enriched(w);
    diagnostics.addAll(w.diagnostics());
    out.accept(new Processed(article, placing == null ? null : placing.place(w.displayed())));
  }

  private static Article enriched(Waiting w) throws IOException {
    try {
      return w.enriched().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while enriching " + w.displayed().id());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err; // out of memory on a worker is out of memory here
      }
      throw new IllegalStateException("enriching " + w.displayed().id(), e.getCause());
    }
  }

  /**
   * Hands on every article still waiting. Called at the end of each document; an output failure
   * leaves the rest waiting no longer (they are dropped, as a failed store drops them).
   */
  private void drain(Output out, Diagnostics diagnostics) throws IOException {
    try {
      while (!ahead.isEmpty()) {
        handOn(ahead.poll(), out, diagnostics);
      }
    } finally {
      if (!ahead.isEmpty() && placing != null) {
        // prepared but never handed on: placed anyway, so the engine's order stays the order read
        for (Waiting w : ahead) {
          placing.place(w.displayed());
        }
      }
      ahead.clear();
    }
  }
}
