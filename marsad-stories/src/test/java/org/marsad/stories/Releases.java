package org.marsad.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * Press releases written for these tests in the manner of the Saudi Press Agency's (a dateline,
 * then short paragraphs), and what outlets do with them: template siblings (the same cable to
 * another head of state, another day's weather bulletin) and reprints (condensed, reordered and
 * lightly reworded). All names, figures and wording are made up.
 */
public final class Releases {
  private Releases() {}

  /** A congratulation cable; the template is filled with the country and its president. */
  public static List<String> cable(String hijriDay, String gregorianDay, String president, String state, String people,
      String country, String occasion) {
    return List.of(
        "الرياض " + hijriDay + " شوال 1436 هـ الموافق " + gregorianDay + " يوليو 2015 م واس",
        "وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة إلى فخامة الرئيس " + president
            + " رئيس " + state + "، وذلك بمناسبة احتفال بلاده بذكرى " + occasion + ".",
        "وعبّر الملك المفدى في برقيته عن أطيب التهاني وأصدق الأمنيات لفخامته بموفور الصحة والعافية، ولشعب " + people
            + " الشقيق بالمزيد من التقدم والرخاء والنماء.",
        "كما نوه بما يجمع المملكة و" + country + " من روابط أخوية متينة يحرص البلدان الشقيقان على توطيدها وتعزيزها في شتى الميادين.");
  }

  public static List<String> cableToTunisia() {
    return cable("8", "24", "منصف العابد", "الجمهورية التونسية", "تونس", "تونس", "إعلان الجمهورية");
  }

  public static List<String> cableToLebanon() {
    return cable("9", "25", "كريم الحداد", "الجمهورية اللبنانية", "لبنان", "لبنان", "الاستقلال");
  }

  public static List<String> cableToEgypt() {
    return cable("10", "26", "هشام البنا", "جمهورية مصر العربية", "مصر", "مصر", "ثورة يوليو");
  }

  /** The daily weather bulletin; the template is filled with the day, regions and figures. */
  public static List<String> weather(String hijriDay, String gregorianDay, String weekday, String regionA, String regionB,
      int windLow, int windHigh, int hottest, int coolest) {
    return List.of(
        "الرياض " + hijriDay + " شوال 1436 هـ الموافق " + gregorianDay + " أغسطس 2015 م واس",
        "توقعت الرئاسة العامة للأرصاد وحماية البيئة في نشرتها عن طقس يوم " + weekday
            + " أن تكون الأجواء حارة إلى شديدة الحرارة على المنطقة الشرقية والرياض، مع فرصة لتكون السحب الرعدية على مرتفعات "
            + regionA + " و" + regionB + " قد تكون مصحوبة برياح نشطة.",
        "وبينت النشرة أن الرياح السطحية على البحر الأحمر ستكون شمالية غربية بسرعة " + windLow + "-" + windHigh
            + " كم/ساعة، وارتفاع الموج من متر إلى متر ونصف، وحالة البحر خفيف إلى متوسط الموج.",
        "وتوقعت النشرة أن تبلغ درجة الحرارة العظمى في الدمام " + hottest + " درجة مئوية، فيما تسجل أبها أدنى درجة صغرى عند "
            + coolest + " درجة.");
  }

  public static List<String> weatherMonday() {
    return weather("25", "10", "الإثنين", "جازان", "نجران", 20, 40, 47, 16);
  }

  public static List<String> weatherTuesday() {
    return weather("26", "11", "الثلاثاء", "عسير", "الباحة", 15, 35, 46, 14);
  }

  /** A municipality's release: the text reprints copy. */
  public static List<String> release() {
    return List.of(
        "جدة 12 شوال 1436 هـ الموافق 28 يوليو 2015 م واس",
        "دشن أمير المنطقة الأمير فيصل بن سعد اليوم مشروع تطوير الواجهة البحرية الشمالية بمحافظة جدة، الذي تبلغ تكلفته 420 مليون ريال ويمتد على مساحة 730 ألف متر مربع على ساحل البحر الأحمر.",
        "ويضم المشروع ممشى بطول 4 كيلومترات ومسطحات خضراء وملاعب للأطفال ومواقف تتسع لـ 2500 سيارة، إضافة إلى مرافق خدمية ومطاعم ومنصات مخصصة لهواة صيد الأسماك.",
        "وأوضح أمين المحافظة المهندس سامي العتيبي أن الأمانة راعت في تصميم المشروع أعلى معايير السلامة والاستدامة، وأن أعمال التنفيذ استغرقت 18 شهرا بمشاركة شركات وطنية متخصصة.",
        "وأكد أن المشروع يأتي ضمن خطة الأمانة لزيادة المساحات المفتوحة في المدينة وتحسين جودة الحياة لسكانها وزوارها على مدار العام.",
        "من جهته أشار رئيس المجلس البلدي إلى أن الواجهة الجديدة ستسهم في تنشيط السياحة الداخلية وجذب الاستثمارات إلى المنطقة خلال السنوات المقبلة.");
  }

  /** An outlet's short version: its own dateline, the release cut to half and lightly edited. */
  public static List<String> condensedReprint() {
    return List.of(
        "جدة - واس",
        "دشن أمير المنطقة الأمير فيصل بن سعد أمس مشروع تطوير الواجهة البحرية الشمالية بجدة، الذي تبلغ تكلفته 420 مليون ريال ويمتد على مساحة 730 ألف متر مربع.",
        "ويضم المشروع ممشى بطول 4 كيلومترات ومسطحات خضراء وملاعب للأطفال ومواقف تتسع لـ 2500 سيارة.",
        "وأوضح أمين المحافظة المهندس سامي العتيبي أن تنفيذ المشروع استغرق 18 شهرا بمشاركة شركات وطنية متخصصة.");
  }

  /**
   * Another outlet's version: paragraphs reordered, two kept as they were, the others reworded
   * clause by clause, nothing added.
   */
  public static List<String> reorderedReprint() {
    List<String> p = new ArrayList<>();
    p.add("قال المهندس سامي العتيبي أمين المحافظة إن أعمال تنفيذ المشروع استغرقت 18 شهرا شاركت فيها شركات وطنية متخصصة، مبينا أن الأمانة راعت أعلى معايير الاستدامة والسلامة في تصميمه.");
    p.add("ويضم المشروع ممشى بطول 4 كيلومترات ومسطحات خضراء وملاعب للأطفال ومواقف تتسع لـ 2500 سيارة، إضافة إلى مرافق خدمية ومطاعم ومنصات مخصصة لهواة صيد الأسماك.");
    p.add("وكان الأمير فيصل بن سعد أمير المنطقة قد دشن اليوم في محافظة جدة مشروع تطوير الواجهة البحرية الشمالية بتكلفة تبلغ 420 مليون ريال، على مساحة 730 ألف متر مربع من ساحل البحر الأحمر.");
    p.add("وأكد أن المشروع يأتي ضمن خطة الأمانة لزيادة المساحات المفتوحة في المدينة وتحسين جودة الحياة لسكانها وزوارها على مدار العام.");
    p.add("وأشار رئيس المجلس البلدي إلى إسهام الواجهة الجديدة خلال السنوات المقبلة في جذب الاستثمارات للمنطقة وتنشيط السياحة الداخلية.");
    return p;
  }
}
