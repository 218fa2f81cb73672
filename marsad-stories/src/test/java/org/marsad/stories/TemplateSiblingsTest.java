package org.marsad.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.stories.dedup.DuplicateKind;
import org.marsad.stories.dedup.Fingerprint;
import org.marsad.stories.related.CompoundNames;
import org.marsad.stories.related.LeadTerms;
import org.marsad.stories.text.Places;
import org.marsad.stories.text.StoryTerms;

/**
 * Template siblings and reprints placed by the engine, one after the other, as they would arrive:
 * cables to three countries, bulletins of two days, a release and two reprints of it (texts written
 * for the tests, {@link Releases}).
 */
class TemplateSiblingsTest {
  private final StoryEngine engine = new StoryEngine();
  private int next;

  private Placed place(String title, List<String> body, String time) {
    String id = "a" + next++;
    ArticleFeatures f = new ArticleFeatures(id, title, "spa", Instant.parse(time), String.join("", body).length(),
        Fingerprint.of(body), StoryTerms.of(title, body), LeadTerms.of(body), CompoundNames.of(title, body),
        Places.of(title, body), Set.of("واس"));
    return engine.place(f);
  }

  @Test
  void cablesToThreeCountriesAreThreeTextsAndThreeStories() {
    Placed tunisia = place("خادم الحرمين يهنئ الرئيس التونسي", Releases.cableToTunisia(), "2015-07-24T08:00:00Z");
    Placed lebanon = place("خادم الحرمين يهنئ الرئيس اللبناني", Releases.cableToLebanon(), "2015-07-25T08:00:00Z");
    Placed egypt = place("خادم الحرمين يهنئ الرئيس المصري", Releases.cableToEgypt(), "2015-07-26T08:00:00Z");
    assertThat(List.of(tunisia.groupId(), lebanon.groupId(), egypt.groupId())).doesNotHaveDuplicates();
    assertThat(List.of(tunisia.storyId(), lebanon.storyId(), egypt.storyId())).doesNotHaveDuplicates();
  }

  @Test
  void weatherBulletinsOfTwoDaysAreTwoTextsAndTwoStories() {
    Placed monday = place("حالة الطقس المتوقعة اليوم الإثنين", Releases.weatherMonday(), "2015-08-10T04:00:00Z");
    Placed tuesday = place("حالة الطقس المتوقعة اليوم الثلاثاء", Releases.weatherTuesday(), "2015-08-11T04:00:00Z");
    assertThat(tuesday.groupId()).isNotEqualTo(monday.groupId());
    assertThat(tuesday.storyId()).isNotEqualTo(monday.storyId());
  }

  @Test
  void condensedAndReorderedReprintsJoinTheRelease() {
    Placed release = place("أمير المنطقة يدشن تطوير الواجهة البحرية الشمالية", Releases.release(), "2015-07-28T09:00:00Z");
    Placed condensed = place("تدشين الواجهة البحرية بجدة", Releases.condensedReprint(), "2015-07-29T06:00:00Z");
    Placed reordered = place("420 مليون ريال لتطوير الواجهة الشمالية", Releases.reorderedReprint(), "2015-07-29T07:00:00Z");
    assertThat(condensed.groupId()).isEqualTo(release.groupId());
    assertThat(reordered.groupId()).isEqualTo(release.groupId());
    assertThat(reordered.kind()).isEqualTo(DuplicateKind.NEAR);
    assertThat(reordered.storyId()).isEqualTo(release.storyId());
  }

  @Test
  void itemsWithNextToNoTextFoundTheirOwnStories() {
    Placed first = place("كاريكاتير", List.of(" "), "2015-07-21T18:00:00Z");
    Placed second = place("كاريكاتير", List.of(" "), "2015-07-21T18:05:00Z");
    assertThat(second.storyId()).isNotEqualTo(first.storyId());
  }
}
