package org.marsad.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.page.PageLexicon.Kind;
import org.marsad.model.Credit;
import org.marsad.model.Credit.Role;

/**
 * Credit lines without a label: wire chains ("فرانس24/ رويترز") and outlet lines ("بغداد اليوم -
 * متابعة", "المناطق_متابعات", "شمسان بوست / خاص: ..."). Thread-safe.
 */
final class CreditLines {
  private static final Pattern CHAIN_SEPARATOR = Pattern.compile("\\s*[/|،,]\\s*");
  private static final int MAX_CHAIN_WORDS = 8;
  private static final int MAX_OUTLET_WORDS = 4;

  private final PageLexicon lexicon;

  CreditLines(PageLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The outlets of a wire-chain line, first to last; empty when the line is not one. */
  List<String> wireChain(PageLine line) {
    if (line.wordCount() > MAX_CHAIN_WORDS) {
      return List.of();
    }
    String text = line.text().replaceAll("^[(\\[]|[)\\]]$", "").strip();
    List<String> parts = new ArrayList<>();
    boolean knownAgency = false;
    for (String part : CHAIN_SEPARATOR.split(text)) {
      String p = LineClassifier.stripSeparators(part);
      if (p.isEmpty()) {
        continue;
      }
      if (p.split("\\s+").length > 3) {
        return List.of();
      }
      knownAgency |= lexicon.contains(Kind.AGENCY, p);
      parts.add(p);
    }
    boolean chainShape = parts.size() >= 2 && parts.size() <= 4;
    boolean lone = parts.size() == 1 && knownAgency;
    return knownAgency && (chainShape || lone) ? List.copyOf(parts) : List.of();
  }

  /** An outlet credit line, with any body text that followed it on the same line; null if none. */
  @Nullable LineFacts outletLine(PageLine line) {
    LineFacts underscored = underscored(line);
    if (underscored != null) {
      return underscored;
    }
    List<String> keys = line.keys();
    // The outlet is words [0, j); the follow word comes after a separator word at j ("X - متابعة")
    // or right at j when the separator clings to the outlet's last word ("X/ خاص").
    for (int j = 1; j <= Math.min(MAX_OUTLET_WORDS + 1, keys.size() - 1); j++) {
      boolean separatorWord = LineClassifier.isSeparator(line.words().get(j));
      if (!separatorWord && !line.words().get(j - 1).matches(".*[/\\-–|]$")) {
        continue;
      }
      int follow = separatorWord ? j + 1 : j;
      if (follow >= keys.size() || lexicon.matchWords(Kind.FOLLOW_WORD, keys, follow) == 0) {
        continue;
      }
      String outlet = LineClassifier.stripSeparators(line.textOfWords(0, j));
      if (outlet.isEmpty() || outlet.split("\\s+").length > MAX_OUTLET_WORDS) {
        return null;
      }
      int m = lexicon.matchWords(Kind.FOLLOW_WORD, keys, follow);
      String rest = LineClassifier.stripSeparators(line.textFromWord(follow + m));
      return new LineFacts(LineFacts.Kind.META, null, false, List.of(new Credit(Role.SOURCE, outlet)), rest);
    }
    return null;
  }

  /** "المناطق_متابعات": an outlet joined to a follow word by underscores, as some sites print it. */
  private @Nullable LineFacts underscored(PageLine line) {
    String first = line.words().isEmpty() ? "" : line.words().get(0);
    int cut = first.lastIndexOf('_');
    if (cut <= 0 || !lexicon.contains(Kind.FOLLOW_WORD, first.substring(cut + 1))) {
      return null;
    }
    String outlet = first.substring(0, cut).replace('_', ' ').strip();
    String rest = LineClassifier.stripSeparators(line.textFromWord(1));
    return new LineFacts(LineFacts.Kind.META, null, false, List.of(new Credit(Role.SOURCE, outlet)), rest);
  }
}
