package org.marsad.ingest.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Feed descriptions as plain text. Descriptions carry HTML (escaped or in CDATA) or plain text;
 * either way the result is paragraphs: block elements and {@code <br>} break them, images,
 * scripts, media and forms are dropped, and whitespace is collapsed inside a paragraph.
 * Thread-safe.
 */
final class HtmlText {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
      "table", "section", "article", "header", "footer", "figcaption", "hr", "pre", "dd", "dt");
  private static final String DROPPED =
      "script, style, noscript, img, picture, video, audio, source, iframe, object, embed, svg, form, button";
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/][^>]*>");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");
  private static final char BREAK = '\n';

  private HtmlText() {}

  /** The paragraphs of {@code content}, HTML or plain text. */
  static List<String> paragraphs(String content, boolean maybeHtml) {
    if (!maybeHtml || !TAG.matcher(content).find()) {
      List<String> out = new ArrayList<>();
      for (String block : BLANK_LINE.split(maybeHtml ? Parser.unescapeEntities(content, false) : content)) {
        addParagraph(out, block);
      }
      return out;
    }
    Document doc = Jsoup.parseBodyFragment(content);
    doc.select(DROPPED).remove();
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          text.append(BREAK);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          text.append(BREAK);
        }
      }
    }, doc.body());
    List<String> out = new ArrayList<>();
    for (String block : text.toString().split(String.valueOf(BREAK))) {
      addParagraph(out, block);
    }
    return out;
  }

  /** A title or name as one plain line: tags and entities out, whitespace collapsed. */
  static String line(String content) {
    String text = TAG.matcher(content).find() ? Jsoup.parseBodyFragment(content).text() : content;
    return SPACES.matcher(Parser.unescapeEntities(text, false)).replaceAll(" ").strip();
  }

  private static void addParagraph(List<String> out, String block) {
    String p = SPACES.matcher(block).replaceAll(" ").strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
  }
}
