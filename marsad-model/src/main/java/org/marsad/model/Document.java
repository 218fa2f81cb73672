package org.marsad.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Input as it arrives, before any reader: its content (bytes in memory, text, or a file too large
 * to hold, such as a WARC or a records archive), where it came from, and what whoever delivered it
 * said about it. Every reader takes one; immutable, the bytes copied in and out.
 */
public final class Document {
  private final String location;
  private final @Nullable URI url;
  private final @Nullable String mediaType;
  private final @Nullable String charset;
  private final @Nullable Instant fetchedAt;
  private final byte @Nullable [] bytes;
  private final @Nullable Path file;

  private Document(String location, @Nullable URI url, @Nullable String mediaType,
      @Nullable String charset, @Nullable Instant fetchedAt, byte @Nullable [] bytes, @Nullable Path file) {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("location: must not be blank");
    }
    if ((bytes == null) == (file == null)) {
      throw new IllegalArgumentException("content: need bytes or a file, not both");
    }
    this.location = location;
    this.url = url;
    this.mediaType = mediaType;
    this.charset = charset;
    this.fetchedAt = fetchedAt;
    this.bytes = bytes;
    this.file = file;
  }

  /** Bytes held in memory, such as a request body or a fetched page. */
  public static Document ofBytes(String location, byte[] content) {
    return new Document(location, null, null, null, null, content.clone(), null);
  }

  /** Text already decoded; held as UTF-8 and declared so. */
  public static Document ofText(String location, String text) {
    return new Document(location, null, null, "UTF-8", null, text.getBytes(StandardCharsets.UTF_8), null);
  }

  /**
   * A file, read only when a reader asks.
   *
   * @param location how the user named it (a path relative to what they gave, never an absolute
   *     server path where they gave a relative one)
   */
  public static Document ofFile(Path file, String location) {
    return new Document(location, null, null, null, null, null, Objects.requireNonNull(file, "file"));
  }

  /** Where it came from: a path as the user gave it, an archive entry, or a URL. */
  public String location() {
    return location;
  }

  /** The address it was fetched from or claims, if any. */
  public Optional<URI> url() {
    return Optional.ofNullable(url);
  }

  /** The media type it was delivered with (a Content-Type value, parameters included), if any. */
  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  /** The charset whoever delivered it declared, if any; readers may still find it wrong. */
  public Optional<String> charset() {
    return Optional.ofNullable(charset);
  }

  /** When it was fetched, if it was. */
  public Optional<Instant> fetchedAt() {
    return Optional.ofNullable(fetchedAt);
  }

  /** The file behind it, for readers that stream large inputs. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The last segment of its location, lower case rules left to the caller. */
  public String name() {
    String l = location;
    int bang = l.lastIndexOf('!');
    if (bang >= 0) {
      l = l.substring(bang + 1);
    }
    int slash = Math.max(l.lastIndexOf('/'), l.lastIndexOf('\\'));
    return l.substring(slash + 1);
  }

  public long size() throws IOException {
    return bytes != null ? bytes.length : Files.size(file);
  }

  public InputStream open() throws IOException {
    return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
  }

  /** The whole content; readers of bounded inputs check {@link #size()} first. */
  public byte[] bytes() throws IOException {
    return bytes != null ? bytes.clone() : Files.readAllBytes(file);
  }

  /** Up to {@code n} first bytes, for telling what the content is. */
  public byte[] head(int n) throws IOException {
    if (bytes != null) {
      return Arrays.copyOf(bytes, Math.min(n, bytes.length));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    }
  }

  public Document withUrl(@Nullable URI newUrl) {
    return new Document(location, newUrl, mediaType, charset, fetchedAt, bytes, file);
  }

  public Document withMediaType(@Nullable String newMediaType) {
    return new Document(location, url, newMediaType, charset, fetchedAt, bytes, file);
  }

  public Document withCharset(@Nullable String newCharset) {
    return new Document(location, url, mediaType, newCharset, fetchedAt, bytes, file);
  }

  public Document withFetchedAt(@Nullable Instant newFetchedAt) {
    return new Document(location, url, mediaType, charset, newFetchedAt, bytes, file);
  }

  @Override
  public String toString() {
    return "Document[" + location + (mediaType == null ? "" : ", " + mediaType) + "]";
  }
}
