package org.marsad.stories.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test bodies, written for these tests (invented events and people, no published text): a wire
 * story, the ways outlets copy it, an independent report of the same event, and a second wire
 * story for digests.
 */
final class Stories {
  /** The 28 letters, for made-up words. */
  private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

  private Stories() {}

  static final String DATELINE = "ينبع - واس";

  static final List<String> WIRE_PARAGRAPHS = List.of(
      "دشّن صاحب السمو الأمير فيصل بن سعود بن عبدالعزيز أمير المنطقة الساحلية اليوم مشروع محطة"
          + " تحلية المياه الجديدة في محافظة ينبع، بطاقة إنتاجية تبلغ 300 ألف متر مكعب يومياً،"
          + " وبتكلفة إجمالية قدرها أربعة مليارات ريال.",
      "وأوضح مدير عام المؤسسة العامة لتحلية المياه المهندس خالد بن ناصر العتيبي في كلمة ألقاها"
          + " خلال الحفل أن المحطة تعتمد على تقنية التناضح العكسي، وتعد الأكبر من نوعها على ساحل"
          + " البحر الأحمر، وأنها ستغطي احتياجات أكثر من مليون ونصف المليون نسمة في ينبع والمدينة"
          + " المنورة والقرى المجاورة لهما.",
      "وأشار إلى أن العمل في المشروع استمر ثلاث سنوات بمشاركة ألفين وخمسمائة عامل ومهندس، وأن"
          + " نسبة الكوادر الوطنية في فريق التشغيل بلغت ستين في المئة بعد برنامج تدريبي مكثف امتد"
          + " ثمانية عشر شهراً بالتعاون مع الكليات التقنية في المنطقة.",
      "من جانبه، أكد سمو أمير المنطقة أن المشروع يأتي ضمن حرص القيادة الرشيدة على توفير المياه"
          + " المحلاة لجميع مدن المملكة ومحافظاتها، مشيداً بجهود العاملين في المؤسسة، ومتمنياً لهم"
          + " التوفيق في استكمال المرحلة الثانية التي يتوقع أن تبدأ مطلع العام المقبل.",
      "وتجوّل سموه عقب الافتتاح في أرجاء المحطة، واستمع إلى شرح عن مراحل المعالجة وأنظمة المراقبة"
          + " الآلية التي تتيح متابعة جودة المياه على مدار الساعة، كما اطلع على معرض مصور يوثق"
          + " مراحل إنشاء المشروع منذ وضع حجر الأساس.",
      "وفي ختام الحفل كرّم سمو أمير المنطقة الجهات المشاركة في تنفيذ المشروع، وتسلم هدية تذكارية"
          + " بهذه المناسبة من مدير عام المؤسسة.");

  /** The wire story as the agency sends it: a dateline line, then the text. */
  static List<String> wire() {
    List<String> body = new ArrayList<>();
    body.add(DATELINE);
    body.addAll(WIRE_PARAGRAPHS);
    return body;
  }

  /**
   * The same words written differently: harakat and tatweel, hamza and teh-marbuta spellings,
   * Arabic-Indic digits, other punctuation, and all paragraphs run together.
   */
  static List<String> respelled() {
    String joined = String.join(" ", wire())
        .replace("300", "٣٠٠")
        .replace("المحطة", "المحـطـه")
        .replace("أمير", "امير")
        .replace("الجديدة", "الجَدِيدَة")
        .replace("،", " ,")
        .replace(".", " . ");
    return List.of(joined);
  }

  /** A trimming outlet: the dateline and the last two paragraphs cut. */
  static List<String> cut() {
    return WIRE_PARAGRAPHS.subList(0, 4);
  }

  /** An outlet that appends its own background paragraph. */
  static List<String> extended() {
    List<String> body = wire();
    body.add("يذكر أن محافظة ينبع شهدت خلال الأعوام الأخيرة نمواً سكانياً وصناعياً متسارعاً، إذ"
        + " تضاعف عدد المصانع في مدينتها الصناعية، وارتفع الطلب على المياه في فصل الصيف إلى"
        + " مستويات غير مسبوقة دفعت الجهات المعنية إلى تسريع مشاريع التحلية والنقل.");
    return body;
  }

  /** Another outlet's dateline and its own footer around the same text. */
  static List<String> reframed() {
    List<String> body = new ArrayList<>();
    body.add("المدينة المنورة - واس");
    body.addAll(WIRE_PARAGRAPHS);
    body.add("تابعوا آخر الأخبار المحلية عبر حساباتنا في مواقع التواصل الاجتماعي.");
    return body;
  }

  /** Light edits: today becomes yesterday, a title dropped, a few words swapped. */
  static List<String> edited() {
    List<String> body = new ArrayList<>(WIRE_PARAGRAPHS);
    body.set(0, body.get(0)
        .replace("صاحب السمو الأمير", "الأمير")
        .replace("عبدالعزيز", "عبد العزيز")
        .replace("اليوم", "أمس"));
    body.set(3, body.get(3).replace("مشيداً", "مثمناً").replace("مطلع", "بداية"));
    body.set(4, body.get(4).replace("على مدار الساعة", "طوال اليوم"));
    return body;
  }

  /** A reporter's own account of the same opening: the same names, figures and set phrases. */
  static final List<String> INDEPENDENT = List.of(
      "شهدت محافظة ينبع أمس حفلاً كبيراً بمناسبة تشغيل محطة تحلية المياه الجديدة، التي رعى"
          + " افتتاحها الأمير فيصل بن سعود بن عبدالعزيز أمير المنطقة الساحلية، وسط حضور رسمي"
          + " وشعبي لافت.",
      "ويرى مختصون تحدثت إليهم الصحيفة أن المحطة، التي تنتج 300 ألف متر مكعب يومياً، ستخفف"
          + " الضغط عن شبكة المياه في ينبع والمدينة المنورة، خصوصاً في أشهر الصيف حين تشتد"
          + " الحاجة وتتكرر الانقطاعات في الأحياء الطرفية.",
      "وقال المهندس خالد بن ناصر العتيبي مدير عام المؤسسة العامة لتحلية المياه للصحيفة إن"
          + " اختيار تقنية التناضح العكسي جاء لانخفاض استهلاكها للطاقة مقارنة بالتقطير، مضيفاً أن"
          + " المؤسسة تدرس تعميمها على محطاتها القديمة.",
      "أما سكان القرى المجاورة فقد عبّروا عن أملهم في أن تصل المياه المحلاة إلى منازلهم قريباً،"
          + " بعد سنوات من الاعتماد على الصهاريج التي ترتفع أسعارها كلما زاد الطلب.",
      "وكانت أعمال البناء قد بدأت قبل ثلاث سنوات، واستغرق تأهيل الكوادر الوطنية للتشغيل عاماً"
          + " ونصف العام، بحسب ما أفاد به مسؤولون في الموقع.");

  /** A second wire story, on another subject, for digests. */
  static final List<String> OTHER_WIRE = List.of(
      "أعلنت وزارة الصحة اليوم إطلاق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية تستهدف أكثر من"
          + " مليوني شخص من كبار السن والمصابين بالأمراض المزمنة والعاملين في القطاع الصحي، وتستمر"
          + " ستة أسابيع في جميع مناطق المملكة.",
      "وأوضح المتحدث الرسمي للوزارة الدكتور سامي بن علي القحطاني أن اللقاحات متوفرة مجاناً في"
          + " أكثر من ألفي مركز للرعاية الصحية الأولية، إضافة إلى فرق متنقلة تزور المدارس ودور"
          + " الرعاية الاجتماعية والمجمعات التجارية الكبرى.",
      "ودعا القحطاني المواطنين والمقيمين إلى المبادرة بأخذ اللقاح قبل بدء موسم الشتاء، مؤكداً أن"
          + " التطعيم يقلل احتمال الإصابة بالمضاعفات الخطيرة ودخول المستشفيات بنسبة كبيرة، وأن"
          + " اللقاح آمن ومعتمد من الهيئة العامة للغذاء والدواء.",
      "وبيّن أن الوزارة خصصت رقماً مجانياً للرد على الاستفسارات، وأتاحت حجز المواعيد عبر تطبيقها"
          + " الإلكتروني، مشيراً إلى أن الحملة السابقة شهدت إقبالاً فاق التوقعات في معظم المناطق.",
      "وختم المتحدث بأن الوزارة ستنشر تقريراً أسبوعياً عن أعداد المطعّمين في كل منطقة، وستقيّم"
          + " نتائج الحملة بعد انتهائها بالتعاون مع الجامعات ومراكز الأبحاث، تمهيداً لتوسيع الفئات"
          + " المستهدفة في الموسم المقبل لتشمل طلاب المدارس والحوامل.",
      "وكانت الوزارة قد نفذت خلال العام الماضي أكثر من عشرين حملة توعوية في الأسواق والمساجد"
          + " ووسائل النقل العام، ووزعت مئات الآلاف من المطويات بعدة لغات لتصل رسائلها إلى جميع"
          + " فئات المجتمع.");

  /** A digest that runs both wire stories one after the other, the first one trimmed. */
  static List<String> digest() {
    List<String> body = new ArrayList<>(cut());
    body.addAll(OTHER_WIRE);
    return body;
  }

  /** An outlet's copy of the second story with one word changed. */
  static List<String> otherCopy() {
    List<String> body = new ArrayList<>(OTHER_WIRE);
    body.set(0, body.get(0).replace("اليوم", "أمس"));
    return body;
  }

  /**
   * Text of made-up words (two to seven random Arabic letters each): two such texts share no
   * shingle except by a freak chance, so they stand in for unrelated articles.
   */
  static List<String> randomText(SplittableRandom random, int words) {
    return randomParagraphs(random, words, 1);
  }

  /** {@link #randomText} cut into paragraphs. */
  static List<String> randomParagraphs(SplittableRandom random, int words, int paragraphs) {
    List<String> body = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int perParagraph = Math.max(1, words / paragraphs);
    for (int w = 0; w < words; w++) {
      if (w > 0 && w % perParagraph == 0) {
        body.add(text.toString());
        text.setLength(0);
      } else if (w > 0) {
        text.append(' ');
      }
      int length = 2 + random.nextInt(6);
      for (int i = 0; i < length; i++) {
        text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
    }
    body.add(text.toString());
    return body;
  }
}
