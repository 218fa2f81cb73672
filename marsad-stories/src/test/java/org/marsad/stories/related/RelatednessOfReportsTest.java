package org.marsad.stories.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.Places;
import org.marsad.stories.text.StoryTerms;

/**
 * Relatedness on whole reports, written for this test in the manner of Arabic wire and newspaper
 * copy: one warehouse fire told by two outlets, another fire in another city a month later, a
 * football report, and a copy of the first report cut after its lead as feeds and scrapers cut
 * texts.
 */
class RelatednessOfReportsTest {
  private static final Instant DAY = Instant.parse("2024-03-10T09:00:00Z");

  private static final String TITLE_A = "حريق ضخم يلتهم مستودعا للأخشاب في المنطقة الصناعية بالدمام";
  private static final List<String> BODY_A = List.of(
      "اندلع حريق ضخم فجر اليوم في مستودع للأخشاب والمواد البلاستيكية بالمنطقة الصناعية الثانية في الدمام، "
          + "وهرعت فرق الدفاع المدني إلى الموقع وتمكنت من السيطرة على النيران بعد ساعات من العمل المتواصل.",
      "وقال المتحدث باسم الدفاع المدني في المنطقة الشرقية إن الحريق لم يسفر عن إصابات، وإن الفرق أخلت "
          + "العمال من المستودعات المجاورة احترازا، مشيرا إلى أن سحب الدخان الكثيفة شوهدت من أحياء بعيدة.",
      "وأضاف أن لجنة فنية بدأت التحقيق في أسباب الحريق، فيما قدرت مصادر في الغرفة التجارية الخسائر "
          + "بملايين الريالات، ودعت أصحاب المنشآت إلى مراجعة اشتراطات السلامة وأنظمة الإنذار المبكر.",
      "وتشهد المدن الصناعية في المملكة حملات تفتيش دورية على المستودعات للتأكد من التزامها بمعايير "
          + "الوقاية من الحرائق، وتفرض غرامات على المخالفين وفق لائحة الجزاءات.");

  private static final String TITLE_B = "الدفاع المدني يخمد حريق مستودع أخشاب بصناعية الدمام دون إصابات";
  private static final List<String> BODY_B = List.of(
      "أخمدت فرق الدفاع المدني حريقا اندلع في مستودع أخشاب بالمنطقة الصناعية الثانية بمدينة الدمام "
          + "فجر اليوم، دون أن يسفر عن أي إصابات بشرية.",
      "وأوضح المتحدث الرسمي للدفاع المدني بالمنطقة الشرقية أن البلاغ ورد في الساعة الرابعة فجرا، "
          + "وأن الفرق باشرت الحريق وأخلت المستودعات المجاورة ومنعت امتداد النيران إليها.",
      "وأشار إلى أن التحقيقات جارية لمعرفة أسباب الحريق، فيما غطت سحب الدخان سماء الأحياء القريبة لساعات.");

  private static final String TITLE_C = "حريق في مصنع للمفروشات بجدة وإصابة ثلاثة عمال";
  private static final List<String> BODY_C = List.of(
      "أصيب ثلاثة عمال بحالات اختناق إثر حريق اندلع مساء أمس في مصنع للمفروشات بالمنطقة الصناعية "
          + "جنوب جدة، ونقلهم الهلال الأحمر إلى المستشفى.",
      "وذكر الدفاع المدني بمنطقة مكة المكرمة أن فرقه سيطرت على الحريق قبل امتداده إلى المصانع المجاورة، "
          + "وأن لجنة تحقق في أسبابه.");

  private static final String TITLE_D = "الهلال يفوز على النصر بهدفين ويعزز صدارته للدوري";
  private static final List<String> BODY_D = List.of(
      "فاز فريق الهلال على ضيفه النصر بهدفين دون رد في المباراة التي جمعتهما مساء أمس على ملعب المملكة "
          + "أرينا في الرياض ضمن الجولة العشرين من الدوري.",
      "وسجل مهاجم الهلال الهدف الأول في الشوط الأول، قبل أن يضيف زميله الهدف الثاني من ركلة جزاء، "
          + "ليرفع الفريق رصيده إلى ثمانية وخمسين نقطة في الصدارة.");

  private final DocumentFrequencies df = new DocumentFrequencies();
  private final RelatedInput a = report(TITLE_A, BODY_A, DAY);
  private final RelatedInput b = report(TITLE_B, BODY_B, DAY.plus(Duration.ofHours(3)));
  private final RelatedInput otherFire = report(TITLE_C, BODY_C, DAY.plus(Duration.ofDays(30)));
  private final RelatedInput football = report(TITLE_D, BODY_D, DAY);
  /** The first report as a feed gives it: the title and the first paragraph. */
  private final RelatedInput truncated = report(TITLE_A, List.of(BODY_A.get(0)), DAY);

  RelatednessOfReportsTest() {
    for (RelatedInput r : List.of(a, b, otherFire, football)) {
      df.add(r.terms());
    }
  }

  private static RelatedInput report(String title, List<String> body, Instant time) {
    return new RelatedInput(StoryTerms.of(title, body), LeadTerms.of(body), CompoundNames.of(title, body), Places.of(title, body), time, null);
  }

  @Test
  void twoReportsOfOneEventOutscoreAnotherEventOfTheTopicWhichOutscoresAnotherTopic() {
    double sameEvent = Relatedness.score(a, b, df);
    double sameTopic = Relatedness.score(a, otherFire, df);
    double unrelated = Relatedness.score(a, football, df);

    assertThat(sameEvent).isGreaterThan(sameTopic);
    assertThat(sameTopic).isGreaterThan(unrelated);
    assertThat(sameEvent).isGreaterThan(RelatedReads.MIN_RELATEDNESS);
    assertThat(unrelated).isLessThan(RelatedReads.MIN_RELATEDNESS);
  }

  @Test
  void aTruncatedCopyStaysCloserThanAnotherEvent() {
    double copy = Relatedness.score(truncated, a, df);

    assertThat(copy).isGreaterThan(Relatedness.score(truncated, otherFire, df));
    assertThat(copy).isGreaterThan(Relatedness.score(b, otherFire, df));
    assertThat(copy).isGreaterThan(0.5);
  }

  @Test
  void countingTheLeadMoreBringsATruncatedCopyCloserToItsText() {
    RelatedInput withoutLeads = new RelatedInput(truncated.terms(), truncated.places(), truncated.time(), null);
    RelatedInput fullWithoutLead = new RelatedInput(a.terms(), a.places(), a.time(), null);

    assertThat(Relatedness.score(truncated, a, df)).isGreaterThan(Relatedness.score(withoutLeads, fullWithoutLead, df));
  }
}
