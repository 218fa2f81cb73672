package org.marsad.app.web;

/**
 * Counted nouns as Arabic writes them: the noun agrees with the number (one and two by the noun's
 * own forms, 3 to 10 with a plural, 11 and up with an accusative singular).
 */
final class ArabicCounts {
  private ArabicCounts() {}

  /** نشرته ... : "وسيلة إعلام واحدة", "وسيلتا إعلام", "5 وسائل إعلام", "12 وسيلة إعلام". */
  static String outlets(int n) {
    return counted(n, "وسيلة إعلام واحدة", "وسيلتا إعلام", "وسائل إعلام", "وسيلة إعلام");
  }

  static String articles(int n) {
    return counted(n, "مقال واحد", "مقالان", "مقالات", "مقالاً");
  }

  static String sources(int n) {
    return counted(n, "مصدر واحد", "مصدران", "مصادر", "مصدراً");
  }

  /** Distinct texts, for a story whose articles include copies. */
  static String texts(int n) {
    return counted(n, "نص واحد", "نصان", "نصوص", "نصاً");
  }

  static String counted(int n, String one, String two, String plural, String many) {
    if (n == 1) {
      return one;
    }
    if (n == 2) {
      return two;
    }
    int lastTwo = n % 100;
    // 3-10 take the plural; so do 103-110 and the like, since the last two digits decide.
    return n + " " + (lastTwo >= 3 && lastTwo <= 10 ? plural : many);
  }
}
