package org.marsad.arabic.stem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.normalize.ArabicNormalizer;

class ProtectedWordsTest {
  @Test
  void everyProtectedWordIsInSearchFormSoItCanMatch() throws IOException {
    try (InputStream in = ArabicLightStemmer.class.getResourceAsStream("protected.txt")) {
      assertThat(in).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(word -> {
        assertThat(ArabicNormalizer.searchKey(word)).isEqualTo(word);
        assertThat(ArabicLightStemmer.stem(word)).isEqualTo(word);
      });
    }
  }
}
