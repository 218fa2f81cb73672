package org.marsad.app.stories;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;

/**
 * Made-up articles (written for these tests, imitating how agency releases are reprinted): a wire
 * release on a book fair, an outlet's re-headlined copy of it with its own dateline and footer, a
 * shortened copy, an independent report on the same fair, two cuts of a fuller report, and
 * unrelated news.
 */
public final class StoryFixtures {
  public static final List<String> FAIR_BODY = List.of(
      "افتتح أمير منطقة الرياض مساء اليوم معرض الرياض الدولي للكتاب في دورته الجديدة بمشاركة أكثر من تسعمائة دار نشر من ثلاثين دولة عربية وأجنبية.",
      "وقال وزير الثقافة في كلمته خلال حفل الافتتاح إن المعرض أصبح منصة سنوية تجمع الناشرين والمؤلفين والقراء، وإن الوزارة خصصت جناحاً للأطفال وبرنامجاً ثقافياً يضم أكثر من مئة فعالية.",
      "وأوضح مدير المعرض أن أبواب المعرض ستفتح للزوار من العاشرة صباحاً حتى الحادية عشرة مساءً طوال عشرة أيام، وأن الدخول مجاني لجميع الزوار.",
      "ويشهد المعرض هذا العام توقيع عدد من الاتفاقيات بين دور النشر المحلية والدولية لترجمة الكتب العربية إلى لغات أخرى، إضافة إلى ندوات عن صناعة النشر الرقمي.",
      "وتحل دولة ضيف الشرف على المعرض بجناح يعرض تاريخها الأدبي ومخطوطاتها النادرة، ويقدم فنانوها عروضاً موسيقية مسائية في الساحة الخارجية.");

  /** The release as a fuller report ran it: two more paragraphs at the end. */
  public static final List<String> FAIR_FULL_BODY = Stream.concat(FAIR_BODY.stream(), Stream.of(
      "وتنظم هيئة الأدب والنشر على هامش المعرض ورش عمل يومية للكتاب الشباب في كتابة القصة القصيرة والرواية والشعر، يقدمها أدباء من داخل المملكة وخارجها.",
      "وأعلنت اللجنة المنظمة أنها وفرت حافلات مجانية تنقل الزوار من محطات المترو إلى أرض المعارض، ومواقف إضافية للسيارات تتسع لخمسة آلاف مركبة.")).toList();

  private StoryFixtures() {}

  /**
   * The fuller report's first four paragraphs, and its last four: two outlets' cuts of one text
   * that share a single paragraph, too little to be copies of each other, while the whole text
   * is each one's.
   */
  public static Article fairFirstPart() {
    return article("fair-first", "معرض الرياض للكتاب يفتح أبوابه", FAIR_FULL_BODY.subList(0, 4), "صحيفة الوطن", 10, List.of());
  }

  public static Article fairLastPart() {
    return article("fair-last", "ورش وحافلات مجانية لزوار معرض الكتاب", FAIR_FULL_BODY.subList(3, 7), "صحيفة عكاظ", 11, List.of());
  }

  public static Article fairWhole() {
    return article("fair-whole", "معرض الرياض الدولي للكتاب ينطلق بمشاركة 900 دار", FAIR_FULL_BODY, "صحيفة الرياض", 12, List.of());
  }

  public static Article wire() {
    return article("fair-wire", "أمير الرياض يفتتح معرض الكتاب الدولي", FAIR_BODY, "واس", 10, List.of(new Credit(Credit.Role.WIRE, "واس")));
  }

  /** Another headline, its own dateline and a footer; the release's text unchanged. */
  public static Article copy() {
    List<String> body = new java.util.ArrayList<>();
    body.add("الرياض - واس");
    body.addAll(FAIR_BODY);
    body.add("تابعوا آخر الأخبار على حساباتنا في مواقع التواصل الاجتماعي.");
    return article("fair-copy", "بمشاركة 900 دار نشر.. انطلاق معرض الرياض للكتاب", body, "صحيفة المدينة", 12, List.of());
  }

  /** The release cut to its first three paragraphs. */
  public static Article shortCopy() {
    return article("fair-short", "افتتاح معرض الكتاب في الرياض", FAIR_BODY.subList(0, 3), "صحيفة اليوم", 13, List.of());
  }

  /** The same event in an outlet's own words. */
  public static Article ownReport() {
    return article("fair-own", "أمير الرياض يدشن معرض الكتاب الدولي وسط إقبال كبير", List.of(
        "دشن أمير منطقة الرياض معرض الرياض الدولي للكتاب بحضور وزير الثقافة وعدد كبير من المثقفين والكتاب والناشرين.",
        "وقال وزير الثقافة في حفل الافتتاح إن المعرض أصبح منصة سنوية تجمع الناشرين والمؤلفين والقراء.",
        "وتجول أمير منطقة الرياض بعد الافتتاح في أجنحة دور النشر المشاركة في المعرض، واستمع إلى شرح عن أحدث الإصدارات وجناح الأطفال.",
        "وشهد معرض الكتاب في ساعاته الأولى إقبالاً كبيراً من الزوار، وقال ناشرون إن الطلب تركز على الروايات وكتب الأطفال والكتب المترجمة.",
        "ويستمر المعرض عشرة أيام بمشاركة تسعمائة دار نشر عربية وأجنبية، والدخول مجاني، ويضم برنامجه الثقافي ندوات عن النشر الرقمي والترجمة وعروضاً لدولة ضيف الشرف."),
        "صحيفة الرياض", 20, List.of());
  }

  public static Article football() {
    return article("football", "الهلال يفوز على النصر في ديربي العاصمة", List.of(
        "حقق فريق الهلال فوزاً ثميناً على غريمه التقليدي النصر بهدفين مقابل هدف في المباراة التي جمعتهما مساء اليوم على ملعب الملك فهد الدولي.",
        "وسجل مهاجم الهلال الهدف الأول في الدقيقة العشرين قبل أن يعادل النصر النتيجة مطلع الشوط الثاني، ثم أحرز البديل هدف الفوز في الدقائق الأخيرة.",
        "وبهذا الفوز يعزز الهلال صدارته لترتيب الدوري بفارق أربع نقاط عن أقرب ملاحقيه."),
        "صحيفة عكاظ", 21, List.of());
  }

  public static Article article(String id, String title, List<String> body, String source, int hour, List<Credit> credits) {
    LocalDateTime t = LocalDateTime.of(2024, 3, 12, 0, 0).plusHours(hour);
    return new Article(id, "https://example.org/" + id, title, body, new Published(t, ZoneOffset.UTC, t.toString(), Precision.MINUTE),
        source, credits, List.of(), List.of(), Provenance.of("test", "test"));
  }
}
