package org.marsad.eval.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FieldComparerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static boolean matches(String field, String expected, String actual) throws Exception {
    JsonNode a = actual == null ? null : JSON.readTree(actual);
    return FieldComparer.matches(field, JSON.readTree(expected), a);
  }

  @Test
  void stringsCompareAfterNfcAndWhitespaceCollapsing() throws Exception {
    // "أ" precomposed versus alef + hamza above (U+0627 U+0654), which NFC composes.
    assertThat(matches("title", "\"أمن  البلدين\"", "\"\u0627\u0654من البلدين \"")).isTrue();
    assertThat(matches("title", "\"أمن البلدين\"", "\"امن البلدين\"")).isFalse();
  }

  @Test
  void aDayMatchesAnyTimeThatDay() throws Exception {
    assertThat(matches("published", "\"2024-01-30\"", "\"2024-01-30T10:15:00Z\"")).isTrue();
    assertThat(matches("published", "\"2024-01-30\"", "\"2024-01-31\"")).isFalse();
    assertThat(matches("published", "\"2024-01-30T10:15\"", "\"2024-01-30T10:16\"")).isFalse();
  }

  @Test
  void expectedListsAreContainedOrderFree() throws Exception {
    assertThat(matches("tags", "[\"ب\",\"أ\"]", "[\"أ\",\"ب\",\"ج\"]")).isTrue();
    assertThat(matches("tags", "[\"أ\",\"أ\"]", "[\"أ\",\"ب\"]")).isFalse();
    assertThat(matches("credits", "[{\"role\":\"wire\",\"name\":\"رويترز\"}]", "[{\"role\":\"wire\",\"name\":\"رويترز\"}]")).isTrue();
    assertThat(matches("credits", "[{\"role\":\"source\",\"name\":\"رويترز\"}]", "[{\"role\":\"wire\",\"name\":\"رويترز\"}]")).isFalse();
  }

  @Test
  void relatedComparesItemByItemOnTheGivenFields() throws Exception {
    String actual = "[{\"id\":\"1\",\"title\":\"أ\",\"source\":\"س\",\"published\":\"2024-11-20\"},{\"id\":\"2\",\"title\":\"ب\"}]";
    assertThat(matches("related", "[{\"title\":\"أ\",\"published\":\"2024-11-20\"}]", actual)).isTrue();
    assertThat(matches("related", "[{\"title\":\"ب\"}]", actual)).isFalse();
  }

  @Test
  void expectedNullMatchesOnlyAbsence() throws Exception {
    assertThat(matches("source", "null", "null")).isTrue();
    assertThat(matches("source", "null", "\"س\"")).isFalse();
    assertThat(matches("source", "\"س\"", null)).isFalse();
  }
}
