package org.marsad.ingest.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The outlet a relayed article names in its first words: "ذكرت صحيفة “النهار” في عددها ..." is a
 * column of النهار that the site passes on. Only the opening of the first paragraph counts; an
 * outlet mentioned later in the text is a mention, not a credit. Thread-safe.
 */
final class RelayCredits {
  private static final Pattern RELAY =
      Pattern.compile(
          "^(?:و|ف)?(?:(?:ذكرت|نشرت|قالت|أفادت|افادت|أوردت|اوردت|كشفت|نقلت|أشارت|اشارت)|(?:بحسب|حسب|وفق|وفقا ل|وفقاً ل)(?:\\s+ما\\s+(?:نشرته|أوردته|اوردته|ذكرته))?|نقلا عن|نقلاً عن)\\s*(?:صحيفة|صحيفه|جريدة|جريده|مجلة|مجله|موقع|لصحيفة|لجريدة|لموقع)\\s+"
              + "(?:[\"“«]([^\"”»]{2,40})[\"”»]|([^\\s،,]+(?:\\s[^\\s،,]+)?)(?=\\s*[،,]|\\s+(?:في|أن|ان|إن|الصادرة|اليومية|الأسبوعية)))");

  private RelayCredits() {}

  /** The outlet the first paragraph says it relays, or null. */
  static @Nullable String outlet(List<String> body) {
    if (body.isEmpty()) {
      return null;
    }
    Matcher m = RELAY.matcher(body.get(0).strip());
    if (!m.find()) {
      return null;
    }
    String name = m.group(1) != null ? m.group(1) : m.group(2);
    return Outlets.clean(name.replaceAll("[،,]$", ""));
  }
}
