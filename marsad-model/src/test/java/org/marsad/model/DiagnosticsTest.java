package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cap keeps the first problems and counts the rest by kind, also when collectors are merged. */
class DiagnosticsTest {
  @Test
  void problemsBeyondTheLimitAreCountedWithTheirErrorsApart() {
    Diagnostics d = new Diagnostics(2);
    d.warn("a", "one");
    d.error("b", "two");
    d.error("c", "three");
    d.warn("d", "four");
    d.error("e", "five");
    assertThat(d.list()).extracting(Diagnostic::where).containsExactly("a", "b");
    assertThat(d.dropped()).isEqualTo(3);
    assertThat(d.droppedErrors()).isEqualTo(2);
  }

  @Test
  void addingAnotherCollectorCarriesWhatItDropped() {
    Diagnostics article = new Diagnostics(1);
    article.error("x", "kept");
    article.error("y", "dropped");
    article.warn("z", "dropped too");
    Diagnostics document = new Diagnostics(5);
    document.warn("w", "first");
    document.addAll(article);
    assertThat(document.list()).extracting(Diagnostic::where).containsExactly("w", "x");
    assertThat(document.dropped()).isEqualTo(2);
    assertThat(document.droppedErrors()).isEqualTo(1);
    assertThat(document.isEmpty()).isFalse();
  }
}
