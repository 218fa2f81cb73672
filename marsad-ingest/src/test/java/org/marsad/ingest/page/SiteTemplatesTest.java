package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.arabic.dates.DateOrder;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;

/**
 * Site templates learned from several pages of a site. The sites, outlets and stories are invented
 * for these tests.
 */
class SiteTemplatesTest {
  private final AggregatorPageReader reader = new AggregatorPageReader();

  // The template of an invented site, "شبكة أخبار الجبل": name, slogan, menu and footer.
  private static final String SITE_NAME = "شبكة أخبار الجبل";
  private static final String SLOGAN = "منبر من لا منبر له";
  private static final String MENU = "الرئيسية | محليات | اقتصاد | رياضة";
  private static final String FOOTER = "جميع الحقوق محفوظة لشبكة أخبار الجبل";

  private static final List<String> RAIN =
      List.of(
          "أمطار غزيرة تقطع الطريق بين قريتي الشعب والمنصورة",
          "قطعت الأمطار الغزيرة التي هطلت مساء الاثنين الطريق الرئيسي بين قريتي الشعب والمنصورة، وعلق عشرات المسافرين على جانبي السيل حتى ساعات الفجر الأولى.",
          "وقال مدير مكتب الأشغال في المديرية إن فرق الصيانة بدأت إزالة الصخور والطين، متوقعا إعادة فتح الطريق خلال يومين إذا توقف المطر.",
          "وأضاف أن السيول جرفت جزءا من الجسر الصغير عند مدخل قرية الشعب، وأن إصلاحه يحتاج إلى معدات ثقيلة لا تملكها المديرية حاليا.",
          "ودعا الأهالي السلطة المحلية إلى بناء عبارات لتصريف المياه قبل موسم الأمطار القادم، مؤكدين أن الطريق ينقطع كل عام في المكان نفسه.",
          "وكانت الأرصاد قد حذرت الأسبوع الماضي من منخفض جوي يجلب أمطارا رعدية إلى المرتفعات والوديان المجاورة لها.",
          "ولم تسجل إصابات بشرية حتى الآن، لكن المزارعين أبلغوا عن خسائر في محاصيل الذرة القريبة من مجرى السيل.");

  private static final List<String> SCHOOL =
      List.of(
          "افتتاح مدرسة جديدة للبنات في حي الروضة بتمويل أهلي",
          "افتتحت السلطة المحلية صباح الأربعاء مدرسة جديدة للبنات في حي الروضة، بنيت بتبرعات من أبناء الحي وتتسع لأكثر من ستمئة طالبة في المرحلتين الأساسية والثانوية.",
          "وأوضح مدير التربية أن المدرسة ستبدأ استقبال الطالبات مطلع العام الدراسي المقبل، وأن المكتب سيوفر لها عشرين معلمة من الكادر الحالي.",
          "وتضم المدرسة ثمانية عشر فصلا ومختبرا للعلوم ومكتبة صغيرة، إضافة إلى ساحة واسعة زرعها المتطوعون بأشجار الظل.",
          "وشكر أولياء الأمور المتبرعين الذين أسهموا في البناء، مطالبين بتوفير حافلة لنقل الطالبات القادمات من القرى المجاورة.",
          "وكان الحي يفتقر إلى مدرسة ثانوية للبنات، مما اضطر كثيرا من الأسر إلى إرسال بناتها إلى مدارس بعيدة في وسط المدينة.",
          "وقالت مديرة المدرسة إن التسجيل سيفتح الأحد المقبل، وإن الأولوية ستكون لطالبات الحي والقرى القريبة منه.");

  private static final List<String> FISH =
      List.of(
          "تراجع أسعار الأسماك في سوق المدينة مع عودة الصيادين",
          "تراجعت أسعار الأسماك في سوق المدينة المركزي خلال الأسبوع الجاري بعد عودة قوارب الصيادين إلى البحر عقب انتهاء موسم الرياح، وفق ما أفاد به تجار في السوق.",
          "وقال أحد الباعة إن سعر كيلو الديرك انخفض إلى النصف تقريبا، مشيرا إلى أن الإقبال على الشراء ارتفع بشكل ملحوظ منذ مطلع الأسبوع.",
          "وتوقع الصيادون أن تستمر الأسعار في التراجع خلال الشهرين المقبلين إذا بقي البحر هادئا وتوفر الوقود بأسعار مناسبة.",
          "ويعتمد آلاف السكان في المدينة على الصيد مصدرا وحيدا للرزق، وتتأثر دخولهم كثيرا بتقلبات الطقس وأسعار الوقود.",
          "وطالبت جمعية الصيادين بإنشاء مخازن تبريد في الميناء حتى لا يضطر الصيادون إلى بيع صيدهم بأبخس الأثمان.",
          "ويشهد السوق في مثل هذا الوقت من كل عام حركة نشطة تستمر حتى بداية موسم الرياح التالي.");

  private static final List<String> CLINIC =
      List.of(
          "وصول شحنة أدوية إلى مستشفى المدينة العام",
          "وصلت صباح اليوم شحنة جديدة من الأدوية والمستلزمات الطبية إلى مستشفى المدينة العام، تكفي لتغطية احتياجات أقسام الطوارئ والأطفال لمدة ثلاثة أشهر.",
          "وقال مدير المستشفى إن الشحنة تضم أدوية الأمراض المزمنة التي شهدت نقصا حادا خلال الفترة الماضية في صيدليات المدينة.",
          "وأشار إلى أن المستشفى يستقبل يوميا مئات المرضى من المديريات المجاورة التي تفتقر إلى مراكز صحية مجهزة.");

  /** A page of the mountain site: its template around a story, {@code extra} lines under the headline. */
  private static String mountainPage(List<String> story, String... extra) {
    List<String> lines = new ArrayList<>(List.of(SITE_NAME, SLOGAN, MENU, story.get(0)));
    lines.addAll(List.of(extra));
    lines.addAll(story.subList(1, story.size()));
    lines.add(FOOTER);
    return String.join("\n", lines);
  }

  private static String key(String line) {
    return PageLexicon.key(line);
  }

  private Article read(String page, String location, SiteTemplate site) {
    return reader.read(page, location, site, new Diagnostics()).get(0);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "https://jabal-news.net/news/101, jabal-news",
    "http://www.jabal-news.org/news?id=102, jabal-news",
    "https://test.jabal-news.net/, jabal-news",
    "https://m.sahel-today.com/story/5, sahel-today",
    "https://wadi.co.uk/a/1, wadi",
    "https://www.wadi.com.sa/a/1, wadi",
    "HTTPS://WWW.Wadi.NET/A, wadi",
    "http://localhost:8080/page, localhost"
  })
  void theSiteNameIsTheHostLabelBeforeItsPublicSuffix(String url, String site) {
    assertThat(SiteTemplates.siteName(url)).isEqualTo(site);
  }

  @Test
  void mirrorsAndSubdomainsOfOneSiteMeet() {
    assertThat(SiteTemplates.siteName("https://jabal-news.net/a"))
        .isEqualTo(SiteTemplates.siteName("http://www.jabal-news.org/b"))
        .isEqualTo(SiteTemplates.siteName("https://test.jabal-news.net/c"));
    assertThat(SiteTemplates.siteName("https://jabal-news.net/a")).isNotEqualTo(SiteTemplates.siteName("https://sahel-today.net/a"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "صفحة بلا رابط", "http://[خطأ", "/news/101"})
  void aValueThatIsNoUsableUrlHasNoSiteName(String url) {
    assertThat(SiteTemplates.siteName(url)).isNull();
  }

  @Test
  void aLineThatSiblingPagesRepeatIsFurniture() {
    SiteTemplates sites = new SiteTemplates();
    sites.add("a", "https://jabal-news.net/news/1", mountainPage(RAIN));
    sites.add("b", "https://jabal-news.net/news/2", mountainPage(SCHOOL));
    sites.add("c", "https://www.jabal-news.org/news/3", mountainPage(FISH));

    SiteTemplate site = sites.templateFor("a");
    assertThat(site.pages()).isEqualTo(3);
    assertThat(site.isRepeated(key(SLOGAN))).isTrue();
    assertThat(site.isRepeated(key(MENU))).isTrue();
    assertThat(site.isRepeated(key(RAIN.get(0)))).isFalse();
    assertThat(site.isRepeated(key(SCHOOL.get(1)))).isFalse();

    LineClassifier classifier = new LineClassifier(PageLexicon.defaults(), new ArabicDateParser());
    assertThat(classifier.classify(PageLine.of(2, SLOGAN), SiteTemplate.NONE).kind()).isEqualTo(LineFacts.Kind.TEXT);
    assertThat(classifier.classify(PageLine.of(2, SLOGAN), site).kind()).isEqualTo(LineFacts.Kind.FURNITURE);
  }

  @Test
  void aRepeatedSloganAboveADateLineIsNotTakenForTheHeadline() {
    // The page has no headline of its own: alone, the slogan over the date line looks like one.
    String headless = String.join("\n", SITE_NAME, SLOGAN, "الأحد 23 يونيو 2024", CLINIC.get(1), CLINIC.get(2), CLINIC.get(3), FOOTER);
    SiteTemplates sites = new SiteTemplates();
    sites.add("a", "https://jabal-news.net/news/1", mountainPage(RAIN));
    sites.add("b", "https://jabal-news.net/news/2", mountainPage(SCHOOL));
    sites.add("c", "https://jabal-news.net/news/3", headless);

    assertThat(read(headless, "c", SiteTemplate.NONE).title()).isEqualTo(SLOGAN);
    Article withSite = read(headless, "c", sites.templateFor("c"));
    assertThat(withSite.title()).isNotEqualTo(SLOGAN).startsWith("وصلت صباح اليوم شحنة جديدة");
    assertThat(withSite.provenance().notes()).contains("title derived from body");
    assertThat(withSite.body()).doesNotContain(SLOGAN, SITE_NAME);
  }

  @Test
  void pagesWithoutUrlsAreGroupedByTheTemplateLinesTheyShare() {
    String otherSite =
        String.join(
            "\n", "بوابة السهل الإخبارية", "أخبار السهل ساعة بساعة", CLINIC.get(0), CLINIC.get(1), CLINIC.get(2), CLINIC.get(3));
    SiteTemplates sites = new SiteTemplates();
    sites.add("a", null, mountainPage(RAIN));
    sites.add("b", null, mountainPage(SCHOOL));
    sites.add("c", "", mountainPage(FISH));
    sites.add("d", null, otherSite);

    SiteTemplate mountain = sites.templateFor("a");
    assertThat(mountain.pages()).isEqualTo(3);
    assertThat(sites.templateFor("b")).isSameAs(mountain);
    assertThat(sites.templateFor("c")).isSameAs(mountain);
    assertThat(mountain.isRepeated(key(SLOGAN))).isTrue();
    assertThat(sites.templateFor("d")).isSameAs(SiteTemplate.NONE);
  }

  @Test
  void twoCopiesOfOneStoryDoNotMakeTheirSharedHeadlineATemplateLine() {
    SiteTemplates sites = new SiteTemplates();
    sites.add("rain-1", "https://jabal-news.net/news/1", mountainPage(RAIN));
    sites.add("rain-2", "https://jabal-news.net/archive/1", mountainPage(RAIN));
    sites.add("fish", "https://jabal-news.net/news/3", mountainPage(FISH));

    SiteTemplate site = sites.templateFor("rain-1");
    assertThat(site.pages()).isEqualTo(3);
    assertThat(site.isRepeated(key(SLOGAN))).isTrue();
    assertThat(site.isRepeated(key(RAIN.get(0)))).isFalse();
    assertThat(read(mountainPage(RAIN), "rain-1", site).title()).isEqualTo(RAIN.get(0));
  }

  @Test
  void copiesWithoutUrlsAreNotJoinedIntoASiteByTheirStory() {
    SiteTemplates sites = new SiteTemplates();
    String copy = String.join("\n", RAIN);
    sites.add("a", null, copy);
    sites.add("b", null, copy);

    assertThat(sites.templateFor("a")).isSameAs(SiteTemplate.NONE);
    assertThat(sites.templateFor("b")).isSameAs(SiteTemplate.NONE);
  }

  @Test
  void pagesOfTwoKnownSitesAreNotJoinedByALineTheyShare() {
    String ticker = "ارتفاع أسعار الذهب في أسواق المدينة";
    SiteTemplates sites = new SiteTemplates();
    sites.add("j1", "https://jabal-news.net/1", mountainPage(RAIN, ticker));
    sites.add("j2", "https://jabal-news.net/2", mountainPage(SCHOOL, ticker));
    sites.add("s1", "https://sahel-today.com/1", String.join("\n", "بوابة السهل الإخبارية", ticker, String.join("\n", FISH)));
    sites.add("s2", "https://sahel-today.com/2", String.join("\n", "بوابة السهل الإخبارية", ticker, String.join("\n", CLINIC)));

    SiteTemplate mountain = sites.templateFor("j1");
    SiteTemplate sahel = sites.templateFor("s1");
    assertThat(mountain.pages()).isEqualTo(2);
    assertThat(sahel.pages()).isEqualTo(2);
    assertThat(mountain).isNotSameAs(sahel);
    assertThat(sites.templateFor("j2")).isSameAs(mountain);
    assertThat(sites.templateFor("s2")).isSameAs(sahel);
    assertThat(mountain.isRepeated(key("بوابة السهل الإخبارية"))).isFalse();
    assertThat(mountain.isRepeated(key(ticker))).isTrue();
  }

  @Test
  void aLineThatTwoSitesEachRepeatIsTemplateOfBoth() {
    String ticker = "ارتفاع أسعار الذهب في أسواق المدينة";
    SiteTemplates sites = new SiteTemplates();
    sites.add("j1", "https://jabal-news.net/1", mountainPage(RAIN, ticker));
    sites.add("j2", "https://jabal-news.net/2", mountainPage(SCHOOL, ticker));
    sites.add("s1", "https://sahel-today.com/1", String.join("\n", "بوابة السهل الإخبارية", ticker, String.join("\n", FISH)));
    sites.add("s2", "https://sahel-today.com/2", String.join("\n", "بوابة السهل الإخبارية", ticker, String.join("\n", CLINIC)));

    assertThat(sites.templateFor("j1").isRepeated(key(ticker))).isTrue();
    assertThat(sites.templateFor("s1").isRepeated(key(ticker))).isTrue();
  }

  @Test
  void anOutletLearnedFromOneCreditLineMakesABareNameLineASourceCreditOnASiblingPage() {
    String credited = String.join("\n", RAIN.get(0), "أنباء الوادي / خاص", RAIN.get(1), RAIN.get(2));
    String bare = String.join("\n", SCHOOL.get(0), "أنباء الوادي", SCHOOL.get(1), SCHOOL.get(2));
    SiteTemplates sites = new SiteTemplates();
    sites.add("credited", "https://anbaa-wadi.net/news/7", credited);
    sites.add("bare", "https://www.anbaa-wadi.net/news/8", bare);

    Article alone = read(bare, "bare", SiteTemplate.NONE);
    assertThat(alone.source()).isNull();
    assertThat(alone.body()).contains("أنباء الوادي");

    Article withSite = read(bare, "bare", sites.templateFor("bare"));
    assertThat(withSite.title()).isEqualTo(SCHOOL.get(0));
    assertThat(withSite.source()).isEqualTo("أنباء الوادي");
    assertThat(withSite.body()).containsExactly(SCHOOL.get(1), SCHOOL.get(2));
  }

  @Test
  void oneDayAboveTwelveDecidesThatTheSiteWritesTheDayFirst() {
    String evidence = String.join("\n", RAIN.get(0), "23/06/2024", RAIN.get(1));
    String ambiguous = String.join("\n", SCHOOL.get(0), "05/06/2024", SCHOOL.get(1));
    SiteTemplates sites = new SiteTemplates();
    sites.add("evidence", "https://jabal-news.net/1", evidence);
    sites.add("ambiguous", "https://jabal-news.net/2", ambiguous);

    SiteTemplate site = sites.templateFor("ambiguous");
    assertThat(site.dateOrder()).contains(DateOrder.DAY_FIRST);
    assertThat(read(ambiguous, "ambiguous", site).published().iso()).isEqualTo("2024-06-05");
  }

  @Test
  void oneMonthFirstDateOnASiblingMakesAnAmbiguousDateReadMonthFirst() {
    String evidence = String.join("\n", RAIN.get(0), "06/23/2024", RAIN.get(1));
    String ambiguous = String.join("\n", SCHOOL.get(0), "05/06/2024", SCHOOL.get(1));
    SiteTemplates sites = new SiteTemplates();
    sites.add("evidence", "https://jabal-news.net/1", evidence);
    sites.add("ambiguous", "https://jabal-news.net/2", ambiguous);

    SiteTemplate site = sites.templateFor("ambiguous");
    assertThat(site.dateOrder()).contains(DateOrder.MONTH_FIRST);
    assertThat(read(ambiguous, "ambiguous", SiteTemplate.NONE).published().iso()).isEqualTo("2024-06-05");
    assertThat(read(ambiguous, "ambiguous", site).published().iso()).isEqualTo("2024-05-06");
  }

  @Test
  void aSiteWithoutUnambiguousDatesHasNoDateOrder() {
    SiteTemplates sites = new SiteTemplates();
    sites.add("a", "https://jabal-news.net/1", String.join("\n", RAIN.get(0), "05/06/2024", RAIN.get(1)));
    sites.add("b", "https://jabal-news.net/2", String.join("\n", SCHOOL.get(0), "07/08/2024", SCHOOL.get(1)));

    assertThat(sites.templateFor("a").pages()).isEqualTo(2);
    assertThat(sites.templateFor("a").dateOrder()).isEmpty();
  }

  @Test
  void aLonePageGetsNoTemplate() {
    SiteTemplates sites = new SiteTemplates();
    sites.add("lone", "https://jabal-news.net/1", mountainPage(RAIN));
    sites.add("other", "https://sahel-today.com/1", String.join("\n", FISH));

    assertThat(sites.templateFor("lone")).isSameAs(SiteTemplate.NONE);
    assertThat(sites.templateFor("other")).isSameAs(SiteTemplate.NONE);
    assertThat(sites.templateFor("never-added")).isSameAs(SiteTemplate.NONE);
    assertThat(SiteTemplate.NONE.pages()).isEqualTo(1);
    assertThat(SiteTemplate.NONE.repeatedLineCount()).isZero();
    assertThat(SiteTemplate.NONE.dateOrder()).isEmpty();
  }

  @Test
  void aPageAddedAfterAskingJoinsItsSite() {
    SiteTemplates sites = new SiteTemplates();
    sites.add("a", "https://jabal-news.net/1", mountainPage(RAIN));
    assertThat(sites.templateFor("a")).isSameAs(SiteTemplate.NONE);

    sites.add("b", "https://jabal-news.net/2", mountainPage(SCHOOL));
    assertThat(sites.templateFor("a").pages()).isEqualTo(2);
    assertThat(sites.templateFor("a").isRepeated(key(SLOGAN))).isTrue();
  }

  @Test
  void pagesAddedAsBytesAreDecodedAsTheReaderDecodesThem() {
    SiteTemplates sites = new SiteTemplates();
    String credited = String.join("\n", RAIN.get(0), "أنباء الوادي / خاص", RAIN.get(1));
    sites.add("a", "https://anbaa-wadi.net/1", credited.getBytes(Charset.forName("windows-1256")));
    sites.add("b", "https://anbaa-wadi.net/2", String.join("\n", SCHOOL.get(0), "أنباء الوادي", SCHOOL.get(1)).getBytes(StandardCharsets.UTF_8));
    sites.add("huge", "https://anbaa-wadi.net/3", new byte[AggregatorPageReader.MAX_PAGE_BYTES + 1]);

    assertThat(sites.templateFor("b").pages()).isEqualTo(2);
    assertThat(sites.templateFor("b").outlet(key("أنباء الوادي"))).isEqualTo("أنباء الوادي");
    assertThat(sites.templateFor("huge")).isSameAs(SiteTemplate.NONE);
  }

  @Test
  void siblingsWhoseTemplateOutweighsTheirShortArticlesStillLearnIt() {
    SiteTemplates sites = new SiteTemplates();
    sites.add("a", "https://jabal-news.net/1", mountainPage(RAIN.subList(0, 3)));
    sites.add("b", "https://jabal-news.net/2", mountainPage(SCHOOL.subList(0, 3)));
    sites.add("c", "https://jabal-news.net/3", mountainPage(FISH.subList(0, 3)));

    assertThat(sites.templateFor("a").pages()).isEqualTo(3);
    assertThat(sites.templateFor("a").isRepeated(key(SLOGAN))).isTrue();
  }

  @Test
  void aStoryHeadlineListedInASiblingsMostReadBoxStaysThatStorysHeadline() {
    SiteTemplates sites = new SiteTemplates();
    String rain = mountainPage(RAIN, "الأحد 23 يونيو 2024");
    sites.add("rain", "https://jabal-news.net/1", rain);
    sites.add(
        "fish",
        "https://jabal-news.net/2",
        mountainPage(FISH, "الأكثر قراءة", RAIN.get(0), "ارتفاع أسعار الذهب في أسواق المدينة", "فوز فريق الجبل بكأس البطولة المحلية"));
    sites.add("school", "https://jabal-news.net/3", mountainPage(SCHOOL));

    assertThat(read(rain, "rain", sites.templateFor("rain")).title()).isEqualTo(RAIN.get(0));
  }

  @Test
  void todaysDateLineDoesNotJoinUnrelatedPagesIntoOneSite() {
    SiteTemplates sites = new SiteTemplates();
    sites.add("a", null, String.join("\n", "بوابة السهل الإخبارية", "الأحد 23 يونيو 2024", String.join("\n", CLINIC)));
    sites.add("b", null, String.join("\n", "شبكة أخبار الجبل", "الأحد 23 يونيو 2024", String.join("\n", FISH)));

    assertThat(sites.templateFor("a")).isSameAs(SiteTemplate.NONE);
    assertThat(sites.templateFor("b")).isSameAs(SiteTemplate.NONE);
  }
}
