package org.marsad.app.config;

/** Range checks whose messages name the key, as users wrote it. */
final class ConfigChecks {
  private ConfigChecks() {}

  static void positive(String key, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(key + ": must be >= 1, got " + value);
    }
  }

  static void atLeastZero(String key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(key + ": must be >= 0, got " + value);
    }
  }
}
