package org.marsad.app.follow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The state of every followed feed, kept in one JSON file of the data folder. Each change is
 * written to a temporary file, forced to disk and moved over the old one, so a crash or a kill
 * leaves either the old state or the new one, never half of each. Thread-safe.
 */
public final class FeedStates {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int VERSION = 1;
  private static final String TMP_PREFIX = ".feeds";
  private static final String TMP_SUFFIX = ".tmp";

  private final Path file;
  private final Map<String, FeedState> byUrl = new LinkedHashMap<>();

  private FeedStates(Path file) {
    this.file = file;
  }

  /**
   * Loads {@code file}, or starts empty when it does not exist. A file that cannot be read is moved
   * aside (never deleted) and the states start empty; {@code warnings} hears about it.
   */
  public static FeedStates open(Path file, List<String> warnings) throws IOException {
    FeedStates states = new FeedStates(file);
    removeUnfinishedWrites(file.toAbsolutePath().getParent());
    if (!Files.exists(file)) {
      return states;
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      for (JsonNode n : root.path("feeds")) {
        FeedState s = fromJson(n);
        states.byUrl.put(s.url(), s);
      }
    } catch (IOException | RuntimeException e) {
      Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + Instant.now().toEpochMilli());
      Files.move(file, aside);
      states.byUrl.clear();
      warnings.add(file + ": unreadable (" + e.getMessage() + "); moved to " + aside + ", feed state starts afresh");
    }
    return states;
  }

  /**
   * Deletes temporary files of writes a kill cut short: the state they held never replaced the
   * file, so they hold nothing the file needs. The data folder is one process's (the store's lock).
   */
  private static void removeUnfinishedWrites(@Nullable Path dir) throws IOException {
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    try (var unfinished = Files.newDirectoryStream(dir, TMP_PREFIX + "*" + TMP_SUFFIX)) {
      for (Path tmp : unfinished) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** The state of {@code url}, or a fresh one named {@code name}. */
  public synchronized FeedState get(String url, String name) {
    FeedState s = byUrl.get(url);
    return s != null ? s : FeedState.fresh(url, name);
  }

  public synchronized List<FeedState> all() {
    return List.copyOf(byUrl.values());
  }

  /** Applies {@code change} to the state of {@code url} and writes the file before returning. */
  public synchronized FeedState update(String url, String name, UnaryOperator<FeedState> change) throws IOException {
    FeedState next = change.apply(get(url, name));
    byUrl.put(url, next);
    save();
    return next;
  }

  private void save() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    ArrayNode feeds = root.putArray("feeds");
    byUrl.values().forEach(s -> feeds.add(toJson(s)));
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, TMP_PREFIX, TMP_SUFFIX);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer bytes = ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
      while (bytes.hasRemaining()) {
        ch.write(bytes);
      }
      ch.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static ObjectNode toJson(FeedState s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("url", s.url());
    n.put("name", s.name());
    n.put("etag", s.etag());
    n.put("lastModified", s.lastModified());
    n.put("lastPolled", iso(s.lastPolled()));
    n.put("lastSuccess", iso(s.lastSuccess()));
    n.put("lastError", s.lastError());
    n.put("lastErrorAt", iso(s.lastErrorAt()));
    n.put("consecutiveFailures", s.consecutiveFailures());
    n.put("itemsStored", s.itemsStored());
    ArrayNode seen = n.putArray("seen");
    s.seen().forEach(seen::add);
    ObjectNode retrying = n.putObject("retrying");
    s.retrying().forEach(retrying::put);
    return n;
  }

  private static FeedState fromJson(JsonNode n) {
    List<String> seen = new ArrayList<>();
    n.path("seen").forEach(k -> seen.add(k.asText()));
    Map<String, Integer> retrying = new LinkedHashMap<>(); // absent from files written before retries
    n.path("retrying").properties().forEach(e -> retrying.put(e.getKey(), e.getValue().asInt(1)));
    String url = n.path("url").asText("");
    if (url.isEmpty()) {
      throw new IllegalArgumentException("a feed without url");
    }
    return new FeedState(
        url,
        n.path("name").asText(url),
        text(n, "etag"),
        text(n, "lastModified"),
        instant(n, "lastPolled"),
        instant(n, "lastSuccess"),
        text(n, "lastError"),
        instant(n, "lastErrorAt"),
        n.path("consecutiveFailures").asInt(0),
        n.path("itemsStored").asLong(0),
        seen,
        retrying);
  }

  private static @Nullable String iso(@Nullable Instant i) {
    return i == null ? null : i.toString();
  }

  private static @Nullable String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable Instant instant(JsonNode n, String key) {
    String t = text(n, key);
    try {
      return t == null ? null : Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + ": not an instant: " + t, e);
    }
  }
}
