package org.marsad.ingest.page;

/** Outlet names as credits give them, made comparable: quotes and a leading "صحيفة" removed. */
final class Outlets {
  private Outlets() {}

  /**
   * The outlet's name without the quotation marks around it and without a leading word for
   * "newspaper" ("صحيفة “النهار”" is النهار): credits name the same outlet with and without it.
   */
  static String clean(String name) {
    String n = LineClassifier.stripSeparators(name.strip());
    n = n.replaceFirst("^(?:صحيفة|صحيفه|جريدة|جريده)\\s+(?=\\S)", "");
    n = n.replaceAll("^[\"“”«»'‘’]+|[\"“”«»'‘’]+$", "").strip();
    return n.isEmpty() ? name.strip() : n;
  }
}
