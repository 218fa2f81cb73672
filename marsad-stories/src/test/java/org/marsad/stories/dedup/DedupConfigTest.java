package org.marsad.stories.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DedupConfigTest {
  @Test
  void theDefaultsAreTheDocumentedOnes() {
    assertThat(DedupConfig.defaults())
        .isEqualTo(new DedupConfig(8, 20, 0.35, 0.6, 0.25, 0.05, 0.5, 0.8, 0.4, 0.125, 0.35, 63, 2, 64));
    assertThat(new DuplicateIndex().config()).isEqualTo(DedupConfig.defaults());
  }

  @Test
  void withersChangeOneSetting() {
    DedupConfig tuned = DedupConfig.defaults().withNearResemblance(0.6).withWireBonus(0.1);
    assertThat(tuned.nearResemblance()).isEqualTo(0.6);
    assertThat(tuned.wireBonus()).isEqualTo(0.1);
    assertThat(tuned.withNearResemblance(0.35).withWireBonus(0.05)).isEqualTo(DedupConfig.defaults());
  }

  static Stream<Arguments> badConfigs() {
    DedupConfig d = DedupConfig.defaults();
    return Stream.of(
        bad("minExactShingles", () -> new DedupConfig(0, 20, 0.5, 0.8, 0.33, 0.05, 0.5, 0.8, 0.4, 0.125, 0.35, 42, 3, 64)),
        bad("minNearShingles", () -> new DedupConfig(8, 0, 0.5, 0.8, 0.33, 0.05, 0.5, 0.8, 0.4, 0.125, 0.35, 42, 3, 64)),
        bad("nearResemblance", () -> d.withNearResemblance(0.0)),
        bad("nearResemblance", () -> d.withNearResemblance(Double.NaN)),
        bad("nearContainment", () -> d.withNearContainment(1.5)),
        bad("minLengthRatio", () -> d.withMinLengthRatio(-0.1)),
        bad("wireBonus", () -> d.withWireBonus(0.5)),
        bad("wireBonus", () -> d.withWireBonus(-0.01)),
        bad("founderContainment", () -> d.withFounderContainment(1.01)),
        bad("wordContainment", () -> d.withWordContainment(0.0)),
        bad("wordShingleContainment", () -> d.withWordShingleContainment(1.2)),
        bad("siblingConflicts", () -> d.withSiblingConflicts(Double.NaN)),
        bad("bands", () -> new DedupConfig(8, 20, 0.5, 0.8, 0.33, 0.05, 0.5, 0.8, 0.4, 0.125, 0.35, 0, 3, 64)),
        bad("rows", () -> new DedupConfig(8, 20, 0.5, 0.8, 0.33, 0.05, 0.5, 0.8, 0.4, 0.125, 0.35, 42, 0, 64)),
        bad("bands * rows", () -> new DedupConfig(8, 20, 0.5, 0.8, 0.33, 0.05, 0.5, 0.8, 0.4, 0.125, 0.35, 32, 4, 64)),
        bad("maxBucketScan", () -> new DedupConfig(8, 20, 0.5, 0.8, 0.33, 0.05, 0.5, 0.8, 0.4, 0.125, 0.35, 42, 3, 0)),
        bad("maxBucketScan", () -> new DedupConfig(8, 20, 0.5, 0.8, 0.33, 0.05, 0.5, 0.8, 0.4, 0.125, 0.35, 42, 3, 10_001)));
  }

  private static Arguments bad(String name, Supplier<DedupConfig> config) {
    return Arguments.of(name, config);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfigs")
  void aBadSettingIsRejectedByName(String name, Supplier<DedupConfig> config) {
    assertThatThrownBy(config::get).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(name);
  }
}
