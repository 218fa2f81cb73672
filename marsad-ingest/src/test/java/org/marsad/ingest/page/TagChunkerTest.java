package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TagChunkerTest {
  private final TagChunker chunker = new TagChunker(PageLexicon.defaults());

  static Stream<Arguments> tagLists() throws IOException {
    try (InputStream in = TagChunkerTest.class.getResourceAsStream("/page/tag-lists.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("# "))
          .map(l -> l.split("\t"))
          .map(cols -> Arguments.of(cols[0], Arrays.asList(cols[1].split(" \\| "))))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tagLists")
  void tagListSplitsIntoPhrases(String input, List<String> expected) {
    assertThat(chunker.chunk(input)).containsExactlyElementsOf(expected);
  }
}
