package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds a page's own "read also" boxes: a label ("اقرأ أيضًا:", "إقرأ ايضا", "مواضيع ذات صلة",
 * "Related") with the links it introduces, whether the links share its element ({@code <p>اقرأ
 * أيضا: <a>…</a></p>}), its wrapper ({@code <div><span>label</span><a>…</a></div>}) or follow it
 * as the next one to four sibling lists or links ({@code <p><strong>label</strong></p><ul>…</ul>}); and
 * boxes whose class or id says related, when they are mostly links. Inside an article such a box
 * interrupts the text without ending it; its links are the page's related reads. Labels are
 * compared on their search form, so hamza, alef and tanween need one spelling (the aggregator
 * page reader keeps its own list of the same labels for text pages). Stateless.
 */
final class ReadAlsoBoxes {
  private ReadAlsoBoxes() {}

  /** One box: the elements it spans, in page order (a label and the lists after it, or one box). */
  record Box(List<Element> parts) {
    Box {
      parts = List.copyOf(parts);
    }
  }

  /** Labels in their search form, without the punctuation that may follow them. */
  private static final Set<String> LABELS = Set.of(
      "اقرا ايضا", "اقرا كذلك", "اقرا ايضا في", "شاهد ايضا", "طالع ايضا", "تابع ايضا", "قد يهمك", "قد يهمك ايضا",
      "مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "موضوعات ذات صله", "ذات صله", "اخبار متعلقه",
      "مواضيع متعلقه", "مقالات متعلقه", "read also", "also read", "related", "related articles", "related stories",
      "related news", "related posts", "related content", "see also", "more on this", "more on this story");

  /** Links with a target; parsed once, as every element is asked. */
  static final Evaluator LINK = QueryParser.parse("a[href]");

  /** The first words of the labels, in their search form. */
  private static final Set<String> FIRST_WORDS = LABELS.stream().map(l -> l.split(" ")[0]).collect(Collectors.toUnmodifiableSet());
  private static final int MAX_FIRST_WORD = 12;

  /**
   * Class and id words of a related box (a WordPress embed of another post is one too); most-read
   * and popular lists are the site's, not the page's.
   */
  private static final Pattern RELATED_NAME = Pattern.compile(
      "related|read-?also|also-?read|see-?also|yarpp|crp_related|jp-relatedposts|more-?on-?this|wp-embedded-content");
  private static final Pattern SITE_LIST_NAME = Pattern.compile("most|popular|trending|latest|recent");

  /** A label plus four links fits; longer wrappers hold article text too. */
  private static final int MAX_BOX_CHARS = 700;
  /** Text outside the links and the label that a box may hold: dates, separators, "|". */
  private static final int MAX_LOOSE_CHARS = 40;
  private static final int MAX_LABEL_CHARS = 40;
  private static final int MAX_FOLLOWING_LISTS = 4;
  private static final int MAX_CLIMB = 3;

  /** The boxes below {@code root}, in page order; named ones only when {@code useNames}. */
  static List<Box> find(Element root, boolean useNames) {
    List<Box> boxes = new ArrayList<>();
    Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || taken.contains(e)) {
          return node instanceof Element ? FilterResult.SKIP_ENTIRELY : FilterResult.SKIP_CHILDREN;
        }
        if (BoilerplateRules.SKIPPED_TAGS.contains(e.normalName()) && !e.normalName().equals("aside")) {
          return FilterResult.SKIP_ENTIRELY;
        }
        Box box = useNames && isRelatedName(e) && linkShare(e) >= 0.5 ? new Box(List.of(e)) : labelled(e);
        if (box == null) {
          return FilterResult.CONTINUE;
        }
        boxes.add(box);
        taken.addAll(box.parts());
        return box.parts().contains(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
      }
    }, root);
    return boxes;
  }

  /** Whether the whole text is a read-also label, punctuation after it allowed. */
  static boolean isLabel(String text) {
    if (text.length() > MAX_LABEL_CHARS) {
      return false;
    }
    // Icons after a label ("اقرأ أيضاً ⬇️") carry variation selectors, which are marks.
    String key = FurnitureLines.key(text).replaceAll("^[\\p{P}\\p{S}\\p{M}\\s]+|[\\p{P}\\p{S}\\p{M}\\s]+$", "");
    return LABELS.contains(key.toLowerCase(Locale.ROOT));
  }

  /**
   * The box a label element starts, or null when {@code e} holds no label or the label no links.
   * The label climbs through wrappers that hold nothing else; the first one with links is the box
   * if little else is in it, else the lists after the label's block are.
   */
  private static @Nullable Box labelled(Element e) {
    if (!mayStartLabel(e)) {
      return null;
    }
    String own = e.ownText().strip();
    if (own.isEmpty()) {
      return null;
    }
    if (!isLabel(own)) {
      Element link = e.closest(LINK);
      return (link != null || hasLinks(e)) && startsWithLabel(own) ? linkLine(link != null ? link : e) : null;
    }
    Element link = e.closest(LINK);
    if (link != null) {
      // The label inside the link, beside the title ("<a><span>اقرأ أيضًا</span><span>…</span></a>").
      return linkLine(link);
    }
    if (hasLinks(e)) {
      return isMostlyLinks(e, own.length()) ? new Box(List.of(e)) : null;
    }
    Element block = e;
    for (int i = 0; i < MAX_CLIMB; i++) {
      Element parent = block.parent();
      if (parent == null || parent.normalName().equals("body")) {
        break;
      }
      int chars = textChars(parent);
      if (chars > MAX_BOX_CHARS) {
        break;
      }
      if (chars == textChars(block)) {
        block = parent;
      } else {
        return hasLinks(parent) && isMostlyLinks(parent, own.length()) ? new Box(List.of(parent))
            : following(block, own.length());
      }
    }
    return following(block, own.length());
  }

  /**
   * The block of a link that holds the label ("<a>اقرأ أيضا.. عنوان</a>", as Egyptian sites set
   * it, or a related-posts plugin's linked card), when the block is mostly links.
   */
  private static @Nullable Box linkLine(Element e) {
    Element block = e;
    for (Element p = e.parent(); p != null && !p.normalName().equals("body") && textChars(p) == textChars(block); p = p.parent()) {
      block = p;
    }
    return textChars(block) <= MAX_BOX_CHARS && linkShare(block) >= 0.5 ? new Box(List.of(block)) : null;
  }

  /**
   * Whether the element's first own text starts with the first word of a label: most elements
   * are passed over without building their text or its search form.
   */
  private static boolean mayStartLabel(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        String text = t.getWholeText();
        int start = 0;
        while (start < text.length() && !Character.isLetter(text.charAt(start))) {
          start++;
        }
        int end = start;
        while (end < text.length() && end - start <= MAX_FIRST_WORD && isWordChar(text.charAt(end))) {
          end++;
        }
        return end > start && end - start <= MAX_FIRST_WORD && FIRST_WORDS.contains(FurnitureLines.key(text.substring(start, end)));
      }
    }
    return false;
  }

  /** Whether the text starts with a label and goes on after a space or a punctuation mark. */
  static boolean startsWithLabel(String text) {
    return leadingLabel(text) != null;
  }

  /** The text after a leading label ("اقرأ أيضا.. عنوان" gives "عنوان"), or the text itself. */
  static String withoutLabel(String text) {
    String label = leadingLabel(text);
    if (label == null) {
      return text;
    }
    // Folding keeps the words, so the label is as many words of the original text.
    int i = 0;
    for (int w = label.split(" ").length; w > 0; w--) {
      while (i < text.length() && !isWordChar(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
    }
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return text.substring(i);
  }

  private static @Nullable String leadingLabel(String text) {
    // Labels are short: the search form of the text's start is enough.
    String key = FurnitureLines.key(text.length() > MAX_LABEL_CHARS * 2 ? text.substring(0, MAX_LABEL_CHARS * 2) : text)
        .replaceAll("^[\\p{P}\\p{S}\\s]+", "");
    String found = null;
    for (String label : LABELS) {
      if (key.length() > label.length() + 1 && key.startsWith(label) && !Character.isLetterOrDigit(key.charAt(label.length()))
          && (found == null || label.length() > found.length())) {
        found = label;
      }
    }
    return found;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** A label's wrapper that holds its links and little else: dates, separators. */
  private static boolean isMostlyLinks(Element box, int labelChars) {
    int chars = textChars(box);
    return chars <= MAX_BOX_CHARS && chars - linkChars(box) - labelChars <= MAX_LOOSE_CHARS;
  }

  /**
   * The label's block and the link lists right after it, or null when no list follows. Loose text
   * between them (a table cell's article text) ends the box; separators ("|", "-") do not.
   */
  private static @Nullable Box following(Element labelBlock, int labelChars) {
    List<Element> parts = new ArrayList<>(List.of(labelBlock));
    int total = labelChars;
    for (Node n = labelBlock.nextSibling(); n != null && parts.size() <= MAX_FOLLOWING_LISTS; n = n.nextSibling()) {
      if (n instanceof TextNode t) {
        if (t.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
          break;
        }
        continue;
      }
      if (!(n instanceof Element next)) {
        continue;
      }
      int chars = textChars(next);
      if (chars == 0) {
        continue;
      }
      total += chars;
      if (!hasLinks(next) || linkShare(next) < 0.5 || total > MAX_BOX_CHARS) {
        break;
      }
      parts.add(next);
    }
    return parts.size() > 1 ? new Box(parts) : null;
  }

  private static boolean isRelatedName(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("a")) {
      return false;
    }
    String names = BoilerplateRules.names(e);
    // Every element is asked: plain substring tests turn most away before the pattern runs.
    if (names.isEmpty() || !(names.contains("relat") || names.contains("also") || names.contains("yarpp")
        || names.contains("crp_") || names.contains("more") || names.contains("embedded"))) {
      return false;
    }
    for (String token : names.split(" ")) {
      if (!token.isEmpty() && RELATED_NAME.matcher(token).find() && !SITE_LIST_NAME.matcher(token).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLinks(Element e) {
    return e.selectFirst(LINK) != null;
  }

  /** Share of the text that is link text; 0 for an element without text. */
  static double linkShare(Element e) {
    int text = textChars(e);
    return text == 0 ? 0 : (double) linkChars(e) / text;
  }

  private static int textChars(Element e) {
    return e.text().length();
  }

  private static int linkChars(Element e) {
    int n = 0;
    for (Element a : e.select(LINK)) {
      n += a.text().length();
    }
    return n;
  }
}
