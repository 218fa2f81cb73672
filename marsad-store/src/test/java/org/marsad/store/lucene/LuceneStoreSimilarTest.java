package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.store.lucene.TestArticles.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

class LuceneStoreSimilarTest {
  @TempDir Path dir;

  private final Article flood = article("flood", "فيضانات تغرق شوارع البصرة بعد أمطار غزيرة",
      "أغرقت الأمطار الغزيرة شوارع البصرة وأحياءها، وقالت مديرية الدفاع المدني إن فرقها أجلت عشرات العائلات "
          + "من المنازل التي غمرتها مياه الفيضانات، فيما عطلت الحكومة المحلية الدوام الرسمي.");
  private final Article floodFollowUp = article("flood-follow-up", "الدفاع المدني يجلي عائلات من أحياء البصرة المغمورة",
      "واصلت فرق الدفاع المدني إجلاء العائلات من أحياء البصرة التي غمرتها مياه الأمطار والفيضانات، "
          + "وأعلنت الحكومة المحلية تمديد تعطيل الدوام الرسمي يوما آخر.");
  private final Article mosulRain = article("mosul-rain", "أمطار في الموصل",
      "هطلت أمطار خفيفة على الموصل صباح اليوم دون أضرار تذكر.");
  private final Article election = article("election", "البرلمان يحدد موعد الانتخابات المحلية",
      "صوت مجلس النواب على تحديد موعد الانتخابات المحلية في المحافظات، وقالت المفوضية إنها مستعدة لإجرائها.");
  private final Article football = article("football", "المنتخب العراقي يفوز على نظيره الأردني",
      "فاز المنتخب العراقي لكرة القدم على نظيره الأردني بهدفين دون رد في المباراة التي أقيمت في البصرة.");
  private final Article oil = article("oil", "ارتفاع أسعار النفط",
      "ارتفعت أسعار النفط في الأسواق العالمية، وقالت وزارة النفط إن صادرات العراق مستقرة.");

  private LuceneStore store;

  @BeforeEach
  void fill() throws IOException {
    store = LuceneStore.open(dir);
    for (Article a : List.of(flood, floodFollowUp, mosulRain, election, football, oil)) {
      store.upsert(a);
    }
  }

  @AfterEach
  void close() throws IOException {
    store.close();
  }

  @Test
  void theTopicalNeighbourComesFirst() throws IOException {
    List<String> similar = store.similar(flood, 10);
    assertThat(similar).isNotEmpty().first().isEqualTo("flood-follow-up");
    assertThat(similar).doesNotContain("flood");
  }

  @Test
  void theArticleItselfIsNeverAmongThem() throws IOException {
    for (Article a : List.of(flood, floodFollowUp, mosulRain, election, football, oil)) {
      assertThat(store.similar(a, 200)).as(a.id()).doesNotContain(a.id());
    }
  }

  @Test
  void anArticleNotYetStoredFindsItsNeighbours() throws IOException {
    Article unseen = article("unseen", "مياه الفيضانات تغمر أحياء البصرة",
        "غمرت مياه الفيضانات أحياء في البصرة وأجلى الدفاع المدني العائلات.");
    assertThat(store.similar(unseen, 2)).containsExactlyInAnyOrder("flood", "flood-follow-up");
  }

  @Test
  void anArticleWithNoSharedWordsHasNone() throws IOException {
    assertThat(store.similar(article("lonely", "زلزال", "هزة أرضية في اليابان"), 10)).isEmpty();
  }

  @Test
  void theLimitIsChecked() {
    assertThatThrownBy(() -> store.similar(flood, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> store.similar(flood, 201)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
  }
}
