package org.marsad.arabic.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.marsad.arabic.normalize.ArabicNormalizer;

/**
 * Known place names as search keys: every country's Arabic name from the JDK's locale data, plus
 * the short forms and cities of {@code places.txt} (السعودية for المملكة العربية السعودية).
 * Immutable and thread-safe.
 */
public final class Gazetteer {
  private static final Gazetteer PLACES = load();

  /** Search keys with single spaces ("ساحل العاج"). */
  private final Set<String> keys;
  /** The same keys without spaces, for joined name keys ("ساحلالعاج"). */
  private final Set<String> joinedKeys;

  private Gazetteer(Set<String> keys) {
    this.keys = Set.copyOf(keys);
    Set<String> joined = new HashSet<>();
    keys.forEach(k -> joined.add(k.replace(" ", "")));
    this.joinedKeys = Set.copyOf(joined);
  }

  public static Gazetteer places() {
    return PLACES;
  }

  /** Whether {@code searchKey} (search form, single spaces) is a known place. */
  public boolean contains(String searchKey) {
    return keys.contains(searchKey);
  }

  /** Whether a joined key (search form, no spaces, as {@link ArabicNormalizer#nameKey} makes) is a known place. */
  public boolean containsJoined(String joinedKey) {
    return joinedKeys.contains(joinedKey);
  }

  /** The known places as search keys with single spaces. */
  public Set<String> keys() {
    return keys;
  }

  private static String key(String name) {
    return ArabicNormalizer.searchKey(name).strip().replaceAll("\\s+", " ");
  }

  private static Gazetteer load() {
    Set<String> keys = new HashSet<>();
    Locale arabic = Locale.forLanguageTag("ar");
    for (String code : Locale.getISOCountries()) {
      keys.add(key(new Locale("", code).getDisplayCountry(arabic)));
    }
    try (InputStream in = Gazetteer.class.getResourceAsStream("places.txt")) {
      if (in == null) {
        throw new IllegalStateException("places.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          keys.add(key(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("places.txt cannot be read", e);
    }
    keys.remove("");
    return new Gazetteer(keys);
  }
}
