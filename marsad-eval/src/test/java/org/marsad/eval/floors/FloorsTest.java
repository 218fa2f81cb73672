package org.marsad.eval.floors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorsTest {
  @TempDir Path dir;

  private Floors floors(String text) throws IOException {
    Path f = dir.resolve("floors.properties");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return Floors.load(f);
  }

  @Test
  void scoresBelowAFloorAreViolations() throws IOException {
    Floors f = floors("# comment\naggregator.accuracy = 0.9\naggregator.fields.title=1.0\nother.x = 5\n");
    assertThat(f.violations("aggregator", Map.of("accuracy", 0.95, "fields.title", 1.0))).isEmpty();
    assertThat(f.violations("aggregator", Map.of("accuracy", 0.85, "fields.title", 1.0)))
        .singleElement()
        .asString()
        .contains("aggregator.accuracy");
    assertThat(f.violations("aggregator", Map.of("accuracy", 0.95))).singleElement().asString().contains("no such metric");
    assertThat(f.hasTask("other")).isTrue();
    assertThat(f.hasTask("dedup")).isFalse();
  }

  @Test
  void aMalformedLineNamesItsLine() throws IOException {
    assertThatThrownBy(() -> floors("a.b = 1\nnonsense\n")).hasMessageContaining(":2:");
    assertThatThrownBy(() -> floors("a.b = high\n")).hasMessageContaining("not a number");
  }
}
