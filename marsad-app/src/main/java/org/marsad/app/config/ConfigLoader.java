package org.marsad.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code marsad.yaml}: the defaults in the jar, then a user file over them. Maps merge key by
 * key; lists (the feeds) replace. Unknown keys and bad values fail with the file and the key.
 */
public final class ConfigLoader {
  static final String DEFAULTS = "marsad.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(
          YAMLFactory.builder()
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ConfigLoader() {}

  /** The defaults alone. */
  public static MarsadConfig defaults() {
    try {
      return bind(defaultsTree(), DEFAULTS);
    } catch (ConfigException e) {
      throw new IllegalStateException("the defaults file in the jar is broken: " + e.getMessage(), e);
    }
  }

  /** The defaults overridden by {@code userFile}, when given and present. */
  public static MarsadConfig load(@Nullable Path userFile) throws ConfigException {
    ObjectNode merged = defaultsTree();
    if (userFile != null && Files.exists(userFile)) {
      merge(merged, readTree(userFile), userFile.toString());
      return bind(merged, userFile.toString());
    }
    return bind(merged, DEFAULTS);
  }

  /**
   * Adds a feed to the user file, creating it with the default feed list when it has none. The
   * file is rewritten whole (comments in it are not kept) and replaced atomically.
   */
  public static void addFeed(Path userFile, FeedConfig feed) throws ConfigException, IOException {
    ObjectNode user = Files.exists(userFile) ? readTree(userFile) : YAML.createObjectNode();
    JsonNode feeds = user.get("feeds");
    ArrayNode list = feeds instanceof ArrayNode a ? a : (ArrayNode) defaultsTree().get("feeds").deepCopy();
    ObjectNode entry = list.addObject().put("name", feed.name()).put("url", feed.url());
    if (feed.country() != null) {
      entry.put("country", feed.country());
    }
    user.set("feeds", list);
    bind(merge(defaultsTree(), user, userFile.toString()), userFile.toString()); // never write a file that won't load
    Path parent = userFile.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".marsad", ".yaml");
    String header = "# Written by `marsad feeds add`; see the defaults for every key: marsad config --defaults\n";
    Files.writeString(tmp, header + YAML.writeValueAsString(user), StandardCharsets.UTF_8);
    Files.move(tmp, userFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The defaults file as shipped, comments and all. */
  public static String defaultsText() {
    try (InputStream in = resource()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the defaults file in the jar", e);
    }
  }

  private static ObjectNode defaultsTree() {
    try (InputStream in = resource()) {
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the defaults file in the jar", e);
    }
  }

  private static InputStream resource() throws IOException {
    InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS);
    if (in == null) {
      throw new IOException(DEFAULTS + " missing from the jar");
    }
    return in;
  }

  private static ObjectNode readTree(Path file) throws ConfigException {
    try {
      JsonNode tree = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        return YAML.createObjectNode();
      }
      if (!(tree instanceof ObjectNode object)) {
        throw new ConfigException(file + ": must be a map of keys, like the defaults");
      }
      return object;
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Deep-merges {@code over} into {@code base}; unknown top-level sections are caught by binding. */
  private static ObjectNode merge(ObjectNode base, ObjectNode over, String where) throws ConfigException {
    for (Map.Entry<String, JsonNode> e : over.properties()) {
      JsonNode old = base.get(e.getKey());
      if (old instanceof ObjectNode oldObject && e.getValue() instanceof ObjectNode newObject) {
        merge(oldObject, newObject, where);
      } else if (old instanceof ObjectNode && !e.getValue().isNull()) {
        throw new ConfigException(where + ": " + e.getKey() + ": must be a map of keys");
      } else {
        base.set(e.getKey(), e.getValue());
      }
    }
    return base;
  }

  private static MarsadConfig bind(ObjectNode tree, String where) throws ConfigException {
    try {
      return YAML.treeToValue(tree, MarsadConfig.class);
    } catch (JsonMappingException e) {
      Throwable root = rootCause(e);
      String key = path(e);
      if (root instanceof IllegalArgumentException) {
        throw new ConfigException(where + ": " + root.getMessage(), e);
      }
      if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
        throw new ConfigException(where + ": unknown key '" + key + "'", e);
      }
      throw new ConfigException(where + ": " + key + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(where + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }
}
