package org.marsad.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Raw input before extraction: bytes and where they came from.
 *
 * @param location file path, archive entry or URL
 * @param mediaType what the bytes claim to be (e.g. {@code text/plain}, {@code text/html}), if known
 * @param charset the declared charset, or null when nothing declared one
 * @param content the bytes exactly as read
 */
public record Document(
    String location, @Nullable String mediaType, @Nullable String charset, byte[] content) {
  public Document {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document d
        && location.equals(d.location)
        && Objects.equals(mediaType, d.mediaType)
        && Objects.equals(charset, d.charset)
        && java.util.Arrays.equals(content, d.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, mediaType, charset, java.util.Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "Document[" + location + ", " + mediaType + ", " + content.length + " bytes]";
  }
}
