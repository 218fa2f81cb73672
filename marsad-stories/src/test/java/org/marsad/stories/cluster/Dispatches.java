package org.marsad.stories.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.Places;
import org.marsad.stories.text.StoryTerms;

/** Short news reports written for these tests, two on one event and two on others. */
final class Dispatches {
  static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

  static final String[] QUAKE = {
    "زلزال قوي يضرب جبال الأطلس في المغرب ويوقع عشرات الضحايا",
    "ضرب زلزال بقوة سبع درجات منطقة جبال الأطلس جنوب مراكش ليل الجمعة، وأعلنت السلطات المغربية سقوط"
        + " عشرات الضحايا وانهيار منازل في القرى الجبلية. وهرعت فرق الإنقاذ إلى المناطق المنكوبة."
  };
  static final String[] QUAKE_FOLLOW_UP = {
    "ارتفاع عدد ضحايا زلزال جبال الأطلس في المغرب وفرق الإنقاذ تواصل البحث تحت الأنقاض",
    "قالت وزارة الداخلية المغربية إن عدد ضحايا الزلزال القوي الذي ضرب منطقة جبال الأطلس جنوب مراكش"
        + " ليل الجمعة ارتفع إلى المئات، فيما تواصل فرق الإنقاذ البحث عن ناجين تحت أنقاض المنازل المنهارة"
        + " في القرى الجبلية. وأقامت السلطات في المغرب مخيمات لإيواء سكان المناطق المنكوبة."
  };
  static final String[] DERBY = {
    "الهلال يفوز على النصر بهدفين في ديربي الرياض",
    "حقق فريق الهلال فوزا مستحقا على غريمه النصر بهدفين دون رد في المباراة التي جمعتهما مساء السبت"
        + " ضمن الدوري السعودي، وسجل الهدفين مهاجم الفريق في الشوط الثاني أمام جماهير غفيرة."
  };
  static final String[] OIL = {
    "أسعار النفط ترتفع بعد قرار أوبك خفض الإنتاج",
    "ارتفعت أسعار النفط في تعاملات الاثنين بعد أن قررت منظمة أوبك وحلفاؤها خفض الإنتاج بمليون برميل"
        + " يوميا اعتبارا من الشهر المقبل، وصعد خام برنت إلى أعلى مستوى في شهرين."
  };

  /** Other news, for document frequencies that know more than the articles under test. */
  static final List<String[]> BACKGROUND = List.of(
      new String[] {
        "أمطار غزيرة على مناطق واسعة من البلاد",
        "توقعت هيئة الأرصاد هطول أمطار غزيرة مصحوبة برياح نشطة على مناطق واسعة خلال الأيام المقبلة،"
            + " ودعت السكان إلى الابتعاد عن مجاري السيول."
      },
      new String[] {
        "إعلان نتائج امتحانات الثانوية العامة",
        "أعلنت وزارة التعليم نتائج امتحانات الثانوية العامة، وبلغت نسبة النجاح أعلى مستوى منذ سنوات،"
            + " وقال الوزير إن الطلاب يستطيعون الاطلاع على النتائج عبر الموقع الرسمي."
      },
      new String[] {
        "افتتاح مهرجان السينما بحضور نجوم عرب",
        "افتتح مساء الخميس مهرجان السينما في دورته الجديدة بحضور عدد من النجوم العرب، ويعرض المهرجان"
            + " أكثر من مئة فيلم من عشرين دولة على مدى أسبوع."
      });

  private Dispatches() {}

  static void addBackground(DocumentFrequencies df) {
    for (String[] report : BACKGROUND) {
      df.add(StoryTerms.of(report[0], List.of(report[1])));
    }
  }

  static StoryInput input(String[] report, Duration after, int group) {
    List<String> body = List.of(report[1]);
    return new StoryInput(StoryTerms.of(report[0], body), Places.of(report[0], body), T0.plus(after), group);
  }
}
