package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;

/**
 * Random pages built from the shapes the page reader knows, random Unicode lines and random line
 * breaks: reading them and learning their sites never throws, is deterministic and never gives an
 * article with a blank title. Seeds are fixed; a failure names its seed.
 */
class PageReaderPropertyTest {
  private static final long BASE_SEED = 20240623L;
  private static final int PAGES = 500;
  /** Pages are learned in batches, as an ingest run learns a run's pages. */
  private static final int BATCH = 25;

  /** Lines of the shapes the reader tells apart; outlets, places and stories invented. */
  private static final String[] SHAPES = {
    "أمطار غزيرة تقطع الطريق بين قريتي الشعب والمنصورة",
    "قطعت الأمطار الغزيرة التي هطلت مساء الاثنين الطريق الرئيسي بين قريتي الشعب والمنصورة، وعلق عشرات المسافرين على جانبي السيل حتى ساعات الفجر الأولى.",
    "وقال مدير مكتب الأشغال في المديرية إن فرق الصيانة بدأت إزالة الصخور والطين، متوقعا إعادة فتح الطريق خلال يومين إذا توقف المطر.",
    "افتتاح مدرسة جديدة للبنات في حي الروضة بتمويل أهلي",
    "افتتحت السلطة المحلية صباح الأربعاء مدرسة جديدة للبنات في حي الروضة، بنيت بتبرعات من أبناء الحي وتتسع لأكثر من...",
    "وزارة المياه تعلن خطة طارئة لمواجهة الجفاف في…",
    "عاجل أمطار الوادي تغلق المدارس عاجل وزير المالية يعلن صرف الرواتب الأسبوع المقبل عاجل افتتاح جسر الوادي الجديد أمام السيارات عاجل منتخب الوادي يفوز بالبطولة الإقليمية للشباب عاجل ارتفاع أسعار الوقود في محطات الوادي",
    "صنعاء/وكالة أنباء السهل//",
    "عدن // نبض الساحل //",
    "خاص/صدى المرافئ//",
    "الحديدة (صوت التهامي)",
    "المكلا ( أخبار الشحر ) متابعات :",
    "أنباء الوادي/خاص",
    "أنباء الوادي: خاص",
    "أنباء الوادي/خاص:",
    "أنباء الوادي",
    "نبض الساحلمنذ 17 ساعات",
    "هذا المحتوى مقدم من صحيفة الفجر الجديد",
    "صحيفة الفجر الجديد",
    "صدى المرافئ - عدن | بتاريخ: 23-06-2016 | القراءات: 120",
    "صدى المرافئ - عدن بتاريخ: 23-06-2016 | القراءات: 120",
    "The post وزارة المياه تطلق خطة طارئة appeared first on نبض الساحل.",
    "The post  appeared first on .",
    "المصدر الأول لأخبار المدينة",
    "المصدر:",
    "المصدر: ",
    "… انتهى. المصدر: وكالة الأنباء",
    "الأحد 23 يونيو 2024 بتوقيت المدينة ،،،",
    "05/06/2024",
    "23/06/2024",
    "06/23/2024",
    "مرحباً بكم في موقع أنباء الوادي",
    "سجل دخولك للتعليق على الأخبار",
    "© 2024 أنباء الوادي",
    "رئيس التحرير: سالم عبدالله الوادعي",
    "عدد القراءات: 350",
    "الرئيسية | محليات | اقتصاد | رياضة",
    "اقرأ أيضا:",
    "اقرأ أيضا: ارتفاع أسعار الأسمدة في الأسواق المحلية",
    "كلمات دلالية: الزراعة القمح الأمن الغذائي",
    "نادية حسن الشامي*",
    "*",
    "ذاكرة المدن القديمة وحكايات التاريخسيف الدين العمري",
    "ارتفاع أسعار القمح في الأسواق العالمية – BBC – 2024/3/9",
    " – BBC – 2024/3/9",
    "ذكرت صحيفة “الأيام” في عددها الصادر اليوم أن رئيس البلدية دعا التجار إلى خفض أسعار الخبز.",
    "ذكرت صحيفة “",
    "فرانس24/ رويترزالمصدر: فرانس24",
    "بغداد اليوم - متابعة",
    "المناطق_متابعات",
    "_متابعات",
    "()",
    "( )",
    "//",
    "/ /",
    "منذ 3 أيام",
    "|",
    "-",
    ":",
    "...",
    "…",
  };

  /** The shapes without those whose outlet slot is empty (a known bug, see the disabled test). */
  private static final String[] SAFE_SHAPES =
      Arrays.stream(SHAPES).filter(s -> !Set.of("()", "( )", "//", "/ /", "_متابعات").contains(s)).toArray(String[]::new);

  /** Characters that make empty outlet slots and empty first sentences (known bugs, see the disabled tests). */
  private static final Set<Integer> KNOWN_TRIGGERS = "()/_.!?؟…".codePoints().boxed().collect(Collectors.toUnmodifiableSet());

  private static final String PUNCTUATION = " /|-–—:()«»“”\"،؛؟.!*_#©…٫";

  private static final String[] URLS = {
    "https://jabal-news.net/news/1",
    "http://www.jabal-news.org/a",
    "https://test.jabal-news.net/",
    "https://sahel-today.co.uk/x",
    "https://m.wadi.com.sa/y",
    "http://[::1]/z",
    "http://[خطأ",
    "not a url",
    "",
    "https://",
    "mailto:news@wadi.net",
  };

  @Test
  void randomPagesAreReadWithoutThrowingTheSameWayTwiceAndWithTitles() {
    check(BASE_SEED, true);
  }

  @Test
  void randomPagesOfAnyUnicodeAreReadWithoutThrowingTheSameWayTwiceAndWithTitles() {
    check(BASE_SEED, false);
  }

  @Test
  void aParagraphOpeningWithAStrayFullStopStillGivesATitle() {
    String page =
        ". قطعت الأمطار الغزيرة التي هطلت مساء الاثنين الطريق الرئيسي بين قريتي الشعب والمنصورة، وعلق عشرات المسافرين على جانبي السيل حتى ساعات الفجر الأولى.";
    List<Article> articles = new AggregatorPageReader().read(page, "t", new Diagnostics());

    assertThat(articles).singleElement().satisfies(a -> assertThat(a.title()).isNotBlank());
  }

  /**
   * Reads {@value #PAGES} pages in batches of {@value #BATCH}, each batch from its own seed. A
   * {@code restricted} page keeps clear of two known bugs (see the disabled tests): its random text
   * has no parentheses, slashes, underscores, sentence stops or whitespace other than the space.
   */
  private static void check(long baseSeed, boolean restricted) {
    for (int batch = 0; batch < PAGES / BATCH; batch++) {
      long seed = baseSeed + batch;
      List<String> texts = new ArrayList<>();
      List<String> urls = new ArrayList<>();
      Random random = new Random(seed);
      for (int i = 0; i < BATCH; i++) {
        texts.add(page(random, restricted));
        urls.add(random.nextInt(5) == 0 ? null : URLS[random.nextInt(URLS.length)]);
      }
      List<List<Article>> first = readAll(texts, urls, seed);
      List<List<Article>> second = readAll(texts, urls, seed);
      for (int i = 0; i < BATCH; i++) {
        assertThat(second.get(i)).as("seed %d, page %d: same input, same articles", seed, i).isEqualTo(first.get(i));
        for (Article a : first.get(i)) {
          assertThat(a.title()).as("seed %d, page %d: title of %s", seed, i, a.id()).isNotBlank();
        }
      }
    }
  }

  /** Learns the batch's sites and reads each page with its template, with a fresh reader. */
  private static List<List<Article>> readAll(List<String> texts, List<String> urls, long seed) {
    SiteTemplates sites = new SiteTemplates();
    AggregatorPageReader reader = new AggregatorPageReader();
    List<List<Article>> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      int page = i;
      assertThatCode(() -> sites.add("p" + page, urls.get(page), texts.get(page)))
          .as("seed %d, page %d: SiteTemplates.add", seed, page)
          .doesNotThrowAnyException();
    }
    for (int i = 0; i < texts.size(); i++) {
      int page = i;
      List<List<Article>> holder = new ArrayList<>();
      assertThatCode(
              () -> {
                SiteTemplate site = sites.templateFor("p" + page);
                holder.add(reader.read(texts.get(page), "p" + page, site, new Diagnostics()));
              })
          .as("seed %d, page %d: templateFor and read", seed, page)
          .doesNotThrowAnyException();
      out.add(holder.get(0));
    }
    return out;
  }

  /** A page: shapes, random Unicode, pieces of shapes, joined by random line breaks. */
  private static String page(Random random, boolean restricted) {
    String[] shapes = restricted ? SAFE_SHAPES : SHAPES;
    StringBuilder sb = new StringBuilder();
    int lines = random.nextInt(25);
    for (int i = 0; i < lines; i++) {
      int kind = random.nextInt(10);
      if (kind < 6) {
        sb.append(shapes[random.nextInt(shapes.length)]);
      } else if (kind < 8) {
        sb.append(randomText(random, random.nextInt(120), restricted));
      } else {
        String shape = shapes[random.nextInt(shapes.length)];
        int from = random.nextInt(shape.length() + 1);
        int to = from + random.nextInt(shape.length() - from + 1);
        sb.append(shape, from, to).append(randomText(random, random.nextInt(8), restricted));
      }
      sb.append(lineBreak(random, restricted));
    }
    return sb.toString();
  }

  private static String lineBreak(Random random, boolean restricted) {
    return switch (random.nextInt(restricted ? 5 : 8)) {
      case 0 -> "\r\n";
      case 1 -> "\r";
      case 2 -> "\u2028";
      case 3 -> "\n\n";
      case 4 -> "\n";
      case 5 -> "\u0085";
      case 6 -> " ";
      default -> "\n";
    };
  }

  /** Characters from the blocks pages hold, and some they should not: controls, marks, lone surrogates. */
  private static String randomText(Random random, int length, boolean restricted) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int block = random.nextInt(12);
      int cp =
          switch (block) {
            case 0, 1, 2 -> 0x0621 + random.nextInt(0x064A - 0x0621 + 1); // Arabic letters
            case 3 -> 0x064B + random.nextInt(0x0670 - 0x064B + 1); // harakat, Arabic-Indic digits
            case 4 -> PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
            case 5 -> 0x0030 + random.nextInt(10);
            case 6 -> 0xFB50 + random.nextInt(0xFDFF - 0xFB50); // presentation forms A
            case 7 -> 0x200B + random.nextInt(0x2069 - 0x200B); // zero widths, bidi controls, punctuation
            case 8 -> 0x0020 + random.nextInt(0x7F - 0x20);
            case 9 -> random.nextInt(0x20); // controls
            case 10 -> 0xD800 + random.nextInt(0x800); // lone surrogates
            default -> random.nextInt(Character.MAX_CODE_POINT + 1);
          };
      if (!restricted || !KNOWN_TRIGGERS.contains(cp) && !(Character.isWhitespace(cp) && cp != ' ')) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }
}
