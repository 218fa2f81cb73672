package org.marsad.arabic.encoding;

/**
 * Repairs mojibake line by line: UTF-8 Arabic that was decoded as windows-1256 ("ط§ظ„ظ…"), and,
 * once or twice over, as windows-1252 / ISO-8859-1 ("Ø§Ù„"). Only runs that look broken are
 * rewritten; clean Arabic, ASCII and digits around them stay as they are. Continuation bytes
 * lost in transit (the soft hyphen of ح above all, no-break spaces, the ZWNJ of a closing quote,
 * the bytes windows-1252 leaves unassigned) are restored, each chosen by the word it makes: a
 * word form of the lexicon (words.txt) wins, else the likeliest byte. Thread-safe.
 */
public final class MojibakeRepair {
  /** Enough for two windows-1252 layers plus the windows-1256 layer under them. */
  private static final int MAX_PASSES = 3;

  private static final LayerRepair ARABIC_LAYER = new LayerRepair(ByteTable.WINDOWS_1256, Lexicon.standard());
  private static final LayerRepair LATIN_LAYER = new LayerRepair(ByteTable.WINDOWS_1252, Lexicon.standard());

  /**
   * The outcome of a repair.
   *
   * @param text the repaired line, or the line itself when nothing looked broken
   * @param changed whether {@code text} differs from the input
   * @param restoredBytes how many lost continuation bytes were put back by guessing
   */
  public record Repair(String text, boolean changed, int restoredBytes) {}

  /** Whether {@code line} looks like UTF-8 Arabic decoded with a wrong charset. */
  public boolean looksBroken(String line) {
    return LATIN_LAYER.apply(line).repairedRuns() > 0 || ARABIC_LAYER.apply(line).repairedRuns() > 0;
  }

  /** The repaired line, or {@code line} itself when no repair yields better Arabic. */
  public String repair(String line) {
    return repairWithReport(line).text();
  }

  /** The repaired line with what was done to it. */
  public Repair repairWithReport(String line) {
    String text = line;
    int restored = 0;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      LayerRepair.Pass latin = LATIN_LAYER.apply(text);
      LayerRepair.Pass arabic = ARABIC_LAYER.apply(latin.text());
      restored += latin.restoredBytes() + arabic.restoredBytes();
      text = arabic.text();
      // Only peeling an outer windows-1252 layer can reveal another layer; a repaired
      // windows-1256 layer is final, and rescanning it would only risk clean-text mistakes.
      if (latin.repairedRuns() == 0) {
        break;
      }
    }
    return text.equals(line) ? new Repair(line, false, 0) : new Repair(text, true, restored);
  }
}
