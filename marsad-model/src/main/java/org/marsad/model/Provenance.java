package org.marsad.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an article came from and what the reader had to guess.
 *
 * @param location file, archive entry or URL, with a line or record number where useful
 * @param reader the reader that produced the article (e.g. {@code aggregator-page}, {@code records})
 * @param embeddedIn the id of the article whose page carried this one as a "read also", or null
 * @param notes what the reader derived rather than read (e.g. "title derived from body")
 */
public record Provenance(
    String location, String reader, @Nullable String embeddedIn, List<String> notes) {
  public Provenance {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reader, "reader");
    notes = List.copyOf(notes);
  }

  public static Provenance of(String location, String reader) {
    return new Provenance(location, reader, null, List.of());
  }
}
