package org.marsad.model;

import java.util.Locale;
import java.util.Objects;

/** A person or outlet credited for an article, with the role the page gave it. */
public record Credit(Role role, String name) {

  /** Roles in the order a page usually names them; {@link #WIRE} credits keep chain order. */
  public enum Role {
    /** The writer named in a byline (بقلم، كتب). */
    AUTHOR,
    /** Who prepared the page (إعداد), often the outlet itself. */
    PREPARER,
    /** The outlet the aggregator took the article from (المصدر). */
    SOURCE,
    /** A news agency in the wire chain (فرانس24/ رويترز), first to last. */
    WIRE;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromKey(String key) {
      return valueOf(key.toUpperCase(Locale.ROOT));
    }
  }

  public Credit {
    Objects.requireNonNull(role, "role");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
  }
}
