package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;

/** "العنوان – OUTLET – DATE": the outlet's page title that aggregators keep on reposted headlines. */
class HeadlineSuffixTest {
  private final ArabicDateParser dates = new ArabicDateParser();

  @Test
  void aSuffixGivesTheHeadlineTheOutletAndTheDate() {
    HeadlineSuffix.Split s = HeadlineSuffix.split("ارتفاع أسعار القمح في الأسواق العالمية – BBC – 2024/3/9", dates);

    assertThat(s).isNotNull();
    assertThat(s.headline()).isEqualTo("ارتفاع أسعار القمح في الأسواق العالمية");
    assertThat(s.outlet()).isEqualTo("BBC");
    assertThat(s.published().iso()).isEqualTo("2024-03-09");
  }

  @Test
  void hyphensAndAnArabicOutletAndDateSplitToo() {
    HeadlineSuffix.Split s = HeadlineSuffix.split("افتتاح جسر الوادي الجديد أمام السيارات - نبض الساحل - 12 مارس 2024", dates);

    assertThat(s).isNotNull();
    assertThat(s.headline()).isEqualTo("افتتاح جسر الوادي الجديد أمام السيارات");
    assertThat(s.outlet()).isEqualTo("نبض الساحل");
    assertThat(s.published().iso()).isEqualTo("2024-03-12");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ارتفاع أسعار القمح في الأسواق العالمية – BBC – تقرير خاص",
        "ارتفاع أسعار القمح في الأسواق العالمية – BBC – 2024/3/9 والذهب يتراجع",
        "ارتفاع أسعار القمح في الأسواق العالمية – BBC",
        "ارتفاع أسعار القمح – وكالة أنباء السهل الشرقي الحرة – 2024/3/9",
        "القمح – BBC – 2024/3/9",
        "ارتفاع أسعار القمح في الأسواق العالمية"
      })
  void noSplitWithoutAWholeDateAfterAShortOutlet(String headline) {
    assertThat(HeadlineSuffix.split(headline, dates)).isNull();
  }

  @Test
  void aPageHeadlineWithASuffixGivesTitleSourceAndDate() {
    String lead =
        "ارتفعت أسعار القمح في الأسواق العالمية بنسبة ملحوظة خلال الأسبوع الماضي بسبب موجة الجفاف التي ضربت مناطق الإنتاج الرئيسية في نصف الكرة الشمالي.";
    Article a =
        new AggregatorPageReader()
            .read(String.join("\n", "ارتفاع أسعار القمح في الأسواق العالمية – BBC – 2024/3/9", lead), "t", new Diagnostics())
            .get(0);

    assertThat(a.title()).isEqualTo("ارتفاع أسعار القمح في الأسواق العالمية");
    assertThat(a.source()).isEqualTo("BBC");
    assertThat(a.published().iso()).isEqualTo("2024-03-09");
    assertThat(a.provenance().notes()).contains("date from the headline's outlet suffix");
  }

  @Test
  void aDateLineOnThePageWinsOverTheSuffixDate() {
    String lead =
        "ارتفعت أسعار القمح في الأسواق العالمية بنسبة ملحوظة خلال الأسبوع الماضي بسبب موجة الجفاف التي ضربت مناطق الإنتاج الرئيسية في نصف الكرة الشمالي.";
    Article a =
        new AggregatorPageReader()
            .read(
                String.join("\n", "ارتفاع أسعار القمح في الأسواق العالمية – BBC – 2024/3/9", "تاريخ النشر: 2024-03-10", lead),
                "t",
                new Diagnostics())
            .get(0);

    assertThat(a.published().iso()).isEqualTo("2024-03-10");
    assertThat(a.provenance().notes()).doesNotContain("date from the headline's outlet suffix");
  }
}
