package org.marsad.arabic.normalize;

/** STUB: to be replaced. Thread-safe. */
public final class ArabicNormalizer {
  private ArabicNormalizer() {}

  /** Display form: NFC, bidi and format controls removed, presentation forms folded. */
  public static AlignedText display(String text) {
    return identity(text);
  }

  /** Search form: display form plus letter-variant, diacritic, tatweel and digit folding. */
  public static AlignedText search(String text) {
    return identity(text);
  }

  /** The search form's text only. */
  public static String searchKey(String text) {
    return search(text).text();
  }

  private static AlignedText identity(String text) {
    int[] offsets = new int[text.length() + 1];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = i;
    }
    return new AlignedText(text, offsets);
  }
}
