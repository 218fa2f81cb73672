package org.marsad.arabic.encoding;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.encoding.Segment.Kind;
import org.marsad.arabic.encoding.Segment.Meaning;

/**
 * Undoes one layer of "UTF-8 decoded as a single-byte charset", run by run. A run is a maximal
 * stretch of UTF-8-shaped pieces and ASCII; it is rewritten only when the evidence says it is
 * mojibake, so clean Arabic (which has ط and ظ too) stays as it is.
 */
final class LayerRepair {
  /** Runs need at least this many sequences: one could be a clean ظ before an ellipsis. */
  private static final int MIN_SEQUENCES = 2;
  /** Without a symbol continuation only a longer run is convincing. */
  private static final int MIN_SEQUENCES_WITHOUT_SYMBOL = 3;
  /** Share of Arabic among the decoded letters of a run. */
  private static final double MIN_ARABIC_SHARE = 0.6;
  private static final int RARE_WEIGHT = 2;
  private static final char REPLACEMENT = '\uFFFD';
  private static final int NBSP_LEAD = 0xC2;
  /** The letter after a Gregorian year (\u0645 for \u0645\u064A\u0644\u0627\u062F\u064A). */
  private static final String ERA_MILADI = "\u0645";
  /** UTF-8 lead bytes of U+0600-U+06FF. */
  private static final int ARABIC_LEAD_FIRST = 0xD8;
  private static final int ARABIC_LEAD_LAST = 0xDB;
  private static final char ARABIC_INDIC_ZERO = '\u0660';
  private static final char ARABIC_INDIC_NINE = '\u0669';
  private static final char LEAD_D9_FIRST = '\u0640';
  private static final char LEAD_D9_LAST = '\u067F';

  private final ByteTable table;
  private final LostByteChooser chooser;

  LayerRepair(ByteTable table, Lexicon lexicon) {
    this.table = table;
    this.chooser = new LostByteChooser(lexicon);
  }

  /** The outcome of one pass. */
  record Pass(String text, int restoredBytes, int repairedRuns) {}

  Pass apply(String line) {
    if (!hasSequence(line)) {
      return new Pass(line, 0, 0);
    }
    List<Segment> segments = scan(line);
    StringBuilder out = new StringBuilder(line.length());
    int restored = 0;
    int runs = 0;
    int i = 0;
    while (i < segments.size()) {
      int end = i;
      while (end < segments.size() && segments.get(end).inRun()) {
        end++;
      }
      if (end == i) {
        end++;
      } else if (isMojibake(segments.subList(i, end)) || isYearWithEra(line, segments.subList(i, end))) {
        runs++;
        List<List<String>> slots = new ArrayList<>(end - i);
        for (int k = i; k < end; k++) {
          Segment s = segments.get(k);
          restored += s.kind() == Kind.LONE_LEAD ? 1 : 0;
          slots.add(s.kind() == Kind.NEUTRAL ? List.of(line.substring(s.start(), s.end())) : s.alternatives());
        }
        out.append(chooser.choose(slots));
        i = end;
        continue;
      }
      out.append(line, segments.get(i).start(), segments.get(end - 1).end());
      i = end;
    }
    return new Pass(runs == 0 ? line : out.toString(), restored, runs);
  }

  /**
   * Cheap exact pre-check: without one lead-continuation pair no run can qualify. Through
   * windows-1256 a run also needs a sequence that decodes to the Arabic block, whose UTF-8 leads
   * are D8-DB (ط ظ ع غ), which spares most clean lines a full scan: a clean letter before a comma
   * pairs like a lead and a continuation, but rarely one of those four.
   */
  private boolean hasSequence(String line) {
    boolean arabicOnly = table == ByteTable.WINDOWS_1256;
    for (int i = 0; i + 1 < line.length(); i++) {
      int b = table.byteOf(line.charAt(i));
      boolean lead = arabicOnly ? b >= ARABIC_LEAD_FIRST && b <= ARABIC_LEAD_LAST : b >= 0 && ByteTable.continuationsNeeded(b) > 0;
      if (lead && ByteTable.isContinuation(table.byteOf(line.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A year with its era letter (1990\u0645 read as 1990\u0638\u2026) is one pair only, too
   * little evidence alone; but clean text never puts \u0638 right after a digit.
   */
  private static boolean isYearWithEra(String line, List<Segment> run) {
    Segment only = null;
    for (Segment s : run) {
      if (s.kind() == Kind.LONE_LEAD || s.kind() == Kind.SEQUENCE && only != null) {
        return false;
      }
      only = s.kind() == Kind.SEQUENCE ? s : only;
    }
    return only != null && only.decoded().equals(ERA_MILADI) && only.start() > 0
        && line.charAt(only.start() - 1) >= '0' && line.charAt(only.start() - 1) <= '9';
  }

  static boolean isMojibake(List<Segment> run) {
    int sequences = 0;
    int arabic = 0;
    int foreign = 0;
    int rare = 0;
    int strong = 0;
    int lone = 0;
    for (Segment s : run) {
      if (s.kind() == Kind.SEQUENCE) {
        sequences++;
        arabic += s.meaning() == Meaning.ARABIC ? 1 : 0;
        foreign += s.meaning() == Meaning.FOREIGN ? 1 : 0;
        rare += s.meaning() == Meaning.RARE_ARABIC ? 1 : 0;
        strong += s.strong() ? 1 : 0;
      } else if (s.kind() == Kind.LONE_LEAD) {
        lone++;
      }
    }
    boolean enough = strong > 0 ? sequences >= MIN_SEQUENCES : sequences >= MIN_SEQUENCES_WITHOUT_SYMBOL;
    return enough
        && arabic > 0
        // A rare char of the Arabic block is twice as telling as a foreign letter: real Arabic
        // almost never has one, clean single letters before commas decode to them.
        && arabic >= MIN_ARABIC_SHARE * (arabic + foreign + RARE_WEIGHT * rare)
        && lone <= 2 * sequences;
  }

  List<Segment> scan(String line) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      Segment s = segmentAt(line, i);
      segments.add(s);
      i = s.end();
    }
    demoteSegmentsTouchingCleanText(segments);
    readLoneZerosBetweenDigits(segments);
    return segments;
  }

  /**
   * ٠ is D9 A0, and A0 is the no-break space that transit likes to drop: a lone ظ next to
   * Arabic-Indic digits (٢٠٢٤ read as ظ¢ظظ¢ظ¤) is a zero, not the star D9 AD would give.
   */
  private static void readLoneZerosBetweenDigits(List<Segment> segments) {
    // Forward then backward, so a run of zeros (١٠٠) is reached from either side.
    for (int i = 0; i < segments.size(); i++) {
      readLoneZero(segments, i);
    }
    for (int i = segments.size() - 1; i >= 0; i--) {
      readLoneZero(segments, i);
    }
  }

  private static void readLoneZero(List<Segment> segments, int i) {
    Segment s = segments.get(i);
    if (s.kind() != Kind.LONE_LEAD || s.end() - s.start() != 1) {
      return;
    }
    // Lead D9 encodes U+0640-U+067F, so the guessed char tells which lead was lone.
    int guessed = s.decoded().codePointAt(0);
    boolean fromD9 = guessed >= LEAD_D9_FIRST && guessed <= LEAD_D9_LAST;
    if (fromD9 && (isDigit(segments, i - 1) || isDigit(segments, i + 1))) {
      segments.set(i, new Segment(Kind.LONE_LEAD, s.start(), s.end(),
          String.valueOf(ARABIC_INDIC_ZERO), false, Meaning.ARABIC));
    }
  }

  private static boolean isDigit(List<Segment> segments, int i) {
    if (i < 0 || i >= segments.size() || segments.get(i).decoded().isEmpty()) {
      return false;
    }
    int cp = segments.get(i).decoded().codePointAt(0);
    return cp >= ARABIC_INDIC_ZERO && cp <= ARABIC_INDIC_NINE;
  }

  private Segment segmentAt(String line, int i) {
    char c = line.charAt(i);
    if (c < 0x80) {
      return Segment.plain(Kind.NEUTRAL, i);
    }
    int lead = table.byteOf(c);
    int need = lead < 0 ? 0 : ByteTable.continuationsNeeded(lead);
    if (need > 0 && i + need < line.length()) {
      Segment sequence = sequenceAt(line, i, lead, need);
      if (sequence != null) {
        return sequence;
      }
    }
    Segment lone = lead < 0 ? null : loneLeadAt(line, i, lead, need);
    return lone != null ? lone : Segment.plain(Kind.OTHER, i);
  }

  /**
   * A lead whose last continuation byte was lost: an Arabic-block lead alone, or a longer lead
   * with all but its last continuation (E2 80 then nothing: a quote lost its 9D). A decoder that
   * knew the byte was unassigned left U+FFFD in its place: that is replaced too.
   */
  private @Nullable Segment loneLeadAt(String line, int i, int lead, int need) {
    int present = 0;
    while (present < need - 1 && i + 1 + present < line.length()
        && ByteTable.isContinuation(table.byteOf(line.charAt(i + 1 + present)))) {
      present++;
    }
    boolean arabic = ByteTable.isArabicLead(lead);
    // C2 alone: a no-break space or soft hyphen (C2 A0, C2 AD) whose second byte was lost too.
    boolean nbsp = lead == NBSP_LEAD && table == ByteTable.WINDOWS_1256;
    if (present != need - 1 || !arabic && present == 0 && !nbsp) {
      return null;
    }
    int after = i + 1 + present;
    boolean marked = table.marksLostBytes() && after < line.length() && line.charAt(after) == REPLACEMENT;
    int[] bytes = new int[need + 1];
    bytes[0] = lead;
    for (int k = 1; k <= present; k++) {
      bytes[k] = table.byteOf(line.charAt(i + k));
    }
    List<String> alternatives = new ArrayList<>();
    for (int candidate : table.lostCandidates(lead, marked)) {
      bytes[need] = candidate;
      int cp = ByteTable.decode(bytes, need + 1);
      if (cp >= 0) {
        alternatives.add(new String(Character.toChars(cp)));
      }
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    return new Segment(Kind.LONE_LEAD, i, marked ? after + 1 : after, alternatives.get(0), marked,
        arabic ? Meaning.ARABIC : Meaning.SYMBOL, List.copyOf(alternatives));
  }

  private @Nullable Segment sequenceAt(String line, int i, int lead, int need) {
    int[] bytes = new int[need + 1];
    bytes[0] = lead;
    boolean strong = false;
    for (int k = 1; k <= need; k++) {
      char c = line.charAt(i + k);
      int b = table.byteOf(c);
      if (!ByteTable.isContinuation(b)) {
        return null;
      }
      bytes[k] = b;
      strong |= !Meanings.isArabicBlock(c);
    }
    int cp = ByteTable.decode(bytes, need + 1);
    if (cp < 0) {
      return null;
    }
    return new Segment(Kind.SEQUENCE, i, i + need + 1, new String(Character.toChars(cp)), strong, Meanings.of(cp, table));
  }

  /**
   * In real mojibake every char of a broken stretch is a sequence, a lone lead or ASCII, so a
   * piece glued to a clean letter belongs to a clean word: ظ in ظل, ع؟ at the end of a word.
   * Decided on the first classification only, so a demotion never spreads along a run.
   */
  private static void demoteSegmentsTouchingCleanText(List<Segment> segments) {
    boolean[] touching = new boolean[segments.size()];
    for (int i = 0; i < segments.size(); i++) {
      Kind kind = segments.get(i).kind();
      if (kind == Kind.SEQUENCE || kind == Kind.LONE_LEAD) {
        boolean before = i > 0 && segments.get(i - 1).kind() == Kind.OTHER;
        boolean after = i + 1 < segments.size() && segments.get(i + 1).kind() == Kind.OTHER;
        touching[i] = before || after;
      }
    }
    for (int i = 0; i < touching.length; i++) {
      if (touching[i]) {
        segments.set(i, segments.get(i).demoted());
      }
    }
  }
}
