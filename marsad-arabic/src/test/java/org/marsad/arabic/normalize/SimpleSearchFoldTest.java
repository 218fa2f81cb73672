package org.marsad.arabic.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SimpleSearchFoldTest {

  @Provide
  Arbitrary<String> newsLikeText() {
    // Arabic block, harakat, tatweel, the composing hamza marks, Latin with accents, digits.
    return Arbitraries.strings()
        .withCharRange('\u0600', '\u06FF')
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withChars(' ', '\n', '.', '،', '\u0301', '\u00AD', '\u00A0', '\u0130', '\uFEFB', '\u200F')
        .ofMaxLength(40);
  }

  @Property(tries = 3000)
  void theOnePassFoldEqualsEveryStage(@ForAll("newsLikeText") String text) {
    AlignedText fast = SimpleSearchFold.tryFold(text);
    if (fast == null) {
      return;
    }
    AlignedText full = ArabicNormalizer.fullSearch(text);
    assertThat(fast.text()).isEqualTo(full.text());
    for (int i = 0; i <= fast.text().length(); i++) {
      assertThat(fast.originalOffset(i)).as("offset %d of %s", i, text).isEqualTo(full.originalOffset(i));
    }
  }

  @Test
  void commonNewsWordsTakeTheOnePass() {
    assertThat(SimpleSearchFold.tryFold("أعلنت وزارة الخارجية، الإثنين، عن 12 مبادرة جديدة")).isNotNull();
    assertThat(SimpleSearchFold.tryFold("عَبْدُ اللّهِ")).isNotNull();
  }

  @Test
  void composingMarksAndPresentationFormsTakeTheFullPath() {
    assertThat(SimpleSearchFold.tryFold("\u0627\u0654")).isNull();
    assertThat(SimpleSearchFold.tryFold("\uFEFB")).isNull();
    assertThat(SimpleSearchFold.tryFold("e\u0301")).isNull();
  }
}
