package org.marsad.store.lucene;

import java.util.ArrayList;
import java.util.List;

/**
 * User query text split into free words and quoted phrases. Any of {@code " “ ” « »} opens or
 * closes a phrase because Arabic keyboards and pasted news text use all of them; an unclosed
 * quote is read as free text rather than an error, since the text is typed by people.
 *
 * @param free the text outside quotes
 * @param phrases the text inside each pair of quotes, in order
 */
record QueryText(String free, List<String> phrases) {
  private static final String QUOTES = "\"“”«»";

  QueryText {
    phrases = List.copyOf(phrases);
  }

  static QueryText parse(String query) {
    StringBuilder free = new StringBuilder();
    List<String> phrases = new ArrayList<>();
    int i = 0;
    while (i < query.length()) {
      int open = nextQuote(query, i);
      if (open < 0) {
        free.append(query, i, query.length());
        break;
      }
      free.append(query, i, open).append(' ');
      int close = nextQuote(query, open + 1);
      if (close < 0) {
        free.append(query, open + 1, query.length());
        break;
      }
      String phrase = query.substring(open + 1, close);
      if (!phrase.isBlank()) {
        phrases.add(phrase);
      }
      i = close + 1;
    }
    return new QueryText(free.toString(), phrases);
  }

  private static int nextQuote(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (QUOTES.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
