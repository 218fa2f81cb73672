package org.marsad.app.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStatesTest {
  private static final String URL = "https://example.org/rss";
  private static final Instant T1 = Instant.parse("2024-01-30T10:00:00Z");
  private static final Instant T2 = Instant.parse("2024-01-30T10:15:00Z");

  @TempDir Path dir;

  @Test
  void aRestartSeesWhatWasSeenTheValidatorsAndTheLastError() throws Exception {
    Path file = dir.resolve("feeds/state.json");
    FeedStates states = FeedStates.open(file, new ArrayList<>());
    states.update(URL, "مثال", s -> s.succeeded(T1, "\"v1\"", "Tue, 30 Jan 2024 10:00:00 GMT", List.of("a", "b"), 2, 100, Map.of()));
    states.update(URL, "مثال", s -> s.failed(T2, "TIMEOUT: no answer in 30 s"));

    FeedState again = FeedStates.open(file, new ArrayList<>()).get(URL, "?");

    assertThat(again.seen()).containsExactly("a", "b");
    assertThat(again.etag()).isEqualTo("\"v1\"");
    assertThat(again.lastModified()).isEqualTo("Tue, 30 Jan 2024 10:00:00 GMT");
    assertThat(again.lastSuccess()).isEqualTo(T1);
    assertThat(again.lastError()).isEqualTo("TIMEOUT: no answer in 30 s");
    assertThat(again.consecutiveFailures()).isEqualTo(1);
    assertThat(again.itemsStored()).isEqualTo(2);
    assertThat(again.name()).isEqualTo("مثال");
  }

  @Test
  void theSeenListKeepsTheNewestKeysWithinItsBound() {
    FeedState s = FeedState.fresh(URL, "x")
        .succeeded(T1, null, null, List.of("1", "2", "3"), 3, 4, Map.of())
        .succeeded(T2, null, null, List.of("3", "4", "5"), 2, 4, Map.of());

    assertThat(s.seen()).containsExactly("2", "3", "4", "5");
    assertThat(s.itemsStored()).isEqualTo(5);
    assertThat(s.lastError()).isNull();
  }

  @Test
  void anUnreadableFileIsMovedAsideNotLost() throws Exception {
    Path file = dir.resolve("state.json");
    Files.writeString(file, "{\"feeds\": [ {\"url\": ", StandardCharsets.UTF_8);
    List<String> warnings = new ArrayList<>();

    FeedStates states = FeedStates.open(file, warnings);

    assertThat(states.all()).isEmpty();
    assertThat(warnings).singleElement().asString().contains("unreadable");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("state.json.unreadable-"));
    }
  }

  @Test
  void noTemporaryFilesAreLeftBehind() throws Exception {
    FeedStates states = FeedStates.open(dir.resolve("state.json"), new ArrayList<>());
    for (int i = 0; i < 5; i++) {
      int n = i;
      states.update(URL + n, "x", s -> s.failed(T1, "e" + n));
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.json");
    }
    assertThat(FeedStates.open(dir.resolve("state.json"), new ArrayList<>()).all()).hasSize(5);
  }
  @Test
  void aWriteAKillCutShortLeavesNoTemporaryFileAfterTheNextStart() throws Exception {
    Path file = dir.resolve("state.json");
    FeedStates.open(file, new ArrayList<>()).update(URL, "x", s -> s.failed(T1, "e"));
    Files.writeString(dir.resolve(".feeds12345.tmp"), "{\"feeds\": [", StandardCharsets.UTF_8); // as a kill mid-write leaves it
    Files.writeString(dir.resolve("notes.tmp"), "not ours", StandardCharsets.UTF_8);

    FeedStates states = FeedStates.open(file, new ArrayList<>());

    assertThat(states.get(URL, "x").lastError()).isEqualTo("e");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("state.json", "notes.tmp");
    }
  }
}
