package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.model.Article;

/**
 * The one display-normalization step every route applies: title, paragraphs and tags in display
 * form (NFC, bidi and format controls removed, presentation forms folded, exotic spaces made
 * plain), stripped, empty paragraphs and tags dropped. Readers that normalize on their own (pages,
 * HTML) are left unchanged by it, since the normalization is idempotent; records and feeds get it
 * here, so stored text no longer depends on the format it came in.
 */
public final class DisplayText {
  private DisplayText() {}

  public static Article of(Article a) {
    String title = display(a.title());
    List<String> body = displayAll(a.body());
    List<String> tags = displayAll(a.tags());
    if (title.equals(a.title()) && body.equals(a.body()) && tags.equals(a.tags())) {
      return a;
    }
    return a.withText(title, body, tags);
  }

  private static List<String> displayAll(List<String> texts) {
    List<String> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      String d = display(t);
      if (!d.isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }

  private static String display(String text) {
    return ArabicNormalizer.display(text).text().strip();
  }
}
