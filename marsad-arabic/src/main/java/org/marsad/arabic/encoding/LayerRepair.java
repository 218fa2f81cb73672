package org.marsad.arabic.encoding;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.encoding.Segment.Kind;

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
  private static final double MIN_ARABIC_SHARE = 0.6;

  private static final char REPLACEMENT = '\uFFFD';

  private final ByteTable table;

  LayerRepair(ByteTable table) {
    this.table = table;
  }

  /** The outcome of one pass. */
  record Pass(String text, int restoredBytes, int repairedRuns) {}

  Pass apply(String line) {
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
        Segment other = segments.get(i);
        out.append(line, other.start(), other.end());
        i++;
        continue;
      }
      List<Segment> run = segments.subList(i, end);
      if (isMojibake(run)) {
        runs++;
        for (Segment s : run) {
          out.append(s.decoded());
          restored += s.kind() == Kind.LONE_LEAD ? 1 : 0;
        }
      } else {
        out.append(line, run.get(0).start(), run.get(run.size() - 1).end());
      }
      i = end;
    }
    return new Pass(out.toString(), restored, runs);
  }

  static boolean isMojibake(List<Segment> run) {
    int sequences = 0;
    int arabic = 0;
    int strong = 0;
    int lone = 0;
    for (Segment s : run) {
      if (s.kind() == Kind.SEQUENCE) {
        sequences++;
        arabic += s.arabic() ? 1 : 0;
        strong += s.strong() ? 1 : 0;
      } else if (s.kind() == Kind.LONE_LEAD) {
        lone++;
      }
    }
    boolean enough = strong > 0 ? sequences >= MIN_SEQUENCES : sequences >= MIN_SEQUENCES_WITHOUT_SYMBOL;
    return enough && arabic >= MIN_ARABIC_SHARE * sequences && lone <= 2 * sequences;
  }

  List<Segment> scan(String line) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      Segment s = segmentAt(line, i);
      segments.add(s);
      i = s.end();
    }
    demoteLoneLeadsTouchingCleanText(segments);
    return segments;
  }

  private Segment segmentAt(String line, int i) {
    char c = line.charAt(i);
    if (c < 0x80) {
      return new Segment(Kind.NEUTRAL, i, i + 1, String.valueOf(c), false, false);
    }
    int lead = table.byteOf(c);
    int need = lead < 0 ? 0 : ByteTable.continuationsNeeded(lead);
    if (need > 0 && i + need < line.length()) {
      Segment sequence = sequenceAt(line, i, lead, need);
      if (sequence != null) {
        return sequence;
      }
    }
    if (lead >= 0 && ByteTable.isArabicLead(lead)) {
      int cp = ByteTable.decode(new int[] {lead, table.lostContinuation(lead)}, 2);
      // A decoder that knew the byte was unassigned left U+FFFD in its place: replace that too.
      boolean marked = table.marksLostBytes() && i + 1 < line.length() && line.charAt(i + 1) == REPLACEMENT;
      int end = marked ? i + 2 : i + 1;
      return new Segment(Kind.LONE_LEAD, i, end, new String(Character.toChars(cp)), marked, true);
    }
    return new Segment(Kind.OTHER, i, i + 1, String.valueOf(c), false, false);
  }

  private @Nullable Segment sequenceAt(String line, int i, int lead, int need) {
    int[] bytes = new int[need + 1];
    bytes[0] = lead;
    boolean strong = false;
    for (int k = 1; k <= need; k++) {
      char c = line.charAt(i + k);
      int b = table.byteOf(c);
      if (b < 0 || !ByteTable.isContinuation(b)) {
        return null;
      }
      bytes[k] = b;
      strong |= !isArabicBlock(c);
    }
    int cp = ByteTable.decode(bytes, need + 1);
    if (cp < 0) {
      return null;
    }
    boolean arabic = isArabicBlock(cp) || looksLikeWindows1256Mojibake(cp);
    return new Segment(Kind.SEQUENCE, i, i + need + 1, new String(Character.toChars(cp)), strong, arabic);
  }

  /** Double mojibake: undoing the outer layer gives the ط/ظ and symbols of the inner one. */
  private boolean looksLikeWindows1256Mojibake(int cp) {
    return table != ByteTable.WINDOWS_1256
        && Character.isBmpCodePoint(cp)
        && ByteTable.WINDOWS_1256.byteOf((char) cp) >= 0x80;
  }

  private static boolean isArabicBlock(int cp) {
    return cp >= 0x0600 && cp <= 0x06FF;
  }

  /** A lone ط or ظ right next to clean letters is part of a clean word such as ظل or ضبط. */
  private static void demoteLoneLeadsTouchingCleanText(List<Segment> segments) {
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (s.kind() != Kind.LONE_LEAD) {
        continue;
      }
      boolean before = i > 0 && segments.get(i - 1).kind() == Kind.OTHER;
      boolean after = i + 1 < segments.size() && segments.get(i + 1).kind() == Kind.OTHER;
      if (before || after) {
        segments.set(i, new Segment(Kind.OTHER, s.start(), s.end(), s.decoded(), false, false));
      }
    }
  }
}
