package org.marsad.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SiteFurnitureTest {
  private static final String LONG = "فقرة طويلة من نص المقال تحكي ما جرى في المدينة أمس، وفيها من التفاصيل ما يكفي لتكون فقرة حقيقية عن ";

  /** An article page: two long paragraphs of its own, the site's motto and a short line of its own. */
  private static List<String> page(int n, String motto) {
    // Words, not digits, tell the pages apart: keys fold digits ("© 2023" is "© 2024").
    String topic = words(n);
    return List.of(motto, LONG + topic + " أولا.", "سطر قصير خاص بالمقال عن " + topic, LONG + topic + " ثانيا.");
  }

  /** A distinct run of letters for each number. */
  private static String words(int n) {
    StringBuilder b = new StringBuilder();
    for (int v = n + 1; v > 0; v /= 10) {
      b.append("صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(" ")[v % 10]).append(' ');
    }
    return b.toString().strip();
  }

  @Test
  void aShortLineOnTwoPagesOfAHostIsFurnitureFromTheSecondOn() {
    SiteFurniture memory = new SiteFurniture();
    assertThat(memory.furniture("https://a.example/1", "عنوان أول", page(1, "شعار الموقع الدائم"))).isEmpty();
    assertThat(memory.furniture("https://a.example/2", "عنوان ثان", page(2, "شعار الموقع الدائم"))).containsExactly(0);
    assertThat(memory.furniture("https://www.a.example/3", "عنوان ثالث", page(3, "شعار الموقع الدائم"))).containsExactly(0);
  }

  @Test
  void digitsAndPunctuationDoNotMakeTheLineNew() {
    SiteFurniture memory = new SiteFurniture();
    memory.furniture("https://a.example/1", "t", page(1, "© 2023 حقوق موقع الجنوب."));
    assertThat(memory.furniture("https://a.example/2", "t", page(2, "حقوق موقع الجنوب © 2024"))).isEmpty();
    assertThat(memory.furniture("https://a.example/3", "t", page(3, "© 2024 حقوق موقع الجنوب"))).containsExactly(0);
  }

  @Test
  void theSamePageTwiceIsOnePage() {
    SiteFurniture memory = new SiteFurniture();
    memory.furniture("https://a.example/1", "t", page(1, "شعار الموقع الدائم"));
    assertThat(memory.furniture("https://a.example/1#top", "t", page(1, "شعار الموقع الدائم"))).isEmpty();
  }

  @Test
  void aLineInThePagesTitleStays() {
    SiteFurniture memory = new SiteFurniture();
    memory.furniture("https://a.example/1", "t", page(1, "مهرجان الربيع"));
    assertThat(memory.furniture("https://a.example/2", "انطلاق مهرجان الربيع في أبها", page(2, "مهرجان الربيع"))).isEmpty();
  }

  @Test
  void aMinimumOfThreePagesWaitsForTheThird() {
    SiteFurniture memory = new SiteFurniture(new SiteFurniture.Config(8, 64, 3));
    memory.furniture("https://a.example/1", "t", page(1, "شعار الموقع الدائم"));
    assertThat(memory.furniture("https://a.example/2", "t", page(2, "شعار الموقع الدائم"))).isEmpty();
    assertThat(memory.furniture("https://a.example/3", "t", page(3, "شعار الموقع الدائم"))).containsExactly(0);
  }

  @Test
  void memoryStaysBoundedUnderManyHostsAndKeys() {
    SiteFurniture.Config config = new SiteFurniture.Config(16, 50, 2);
    SiteFurniture memory = new SiteFurniture(config);
    long seed = 20_240_314L;
    Random random = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      String host = "https://h" + random.nextInt(200) + ".example/";
      List<String> lines = new ArrayList<>();
      for (int k = 0; k < 30; k++) {
        lines.add("سطر " + Long.toString(random.nextLong(), 36) + " من الصفحة");
      }
      memory.furniture(host + i, "t", lines);
      assertThat(memory.hosts()).as("seed %d", seed).isLessThanOrEqualTo(config.maxHosts());
      assertThat(memory.keys(host)).as("seed %d", seed).isLessThanOrEqualTo(config.maxKeysPerHost());
    }
  }

  @Test
  void aSitesFurnitureOutlivesTheKeysItsArticlesPushThrough() {
    SiteFurniture memory = new SiteFurniture(new SiteFurniture.Config(4, 20, 2));
    for (int n = 1; n <= 50; n++) {
      List<Integer> furniture = memory.furniture("https://a.example/" + n, "t", page(n, "شعار الموقع الدائم"));
      if (n > 1) {
        assertThat(furniture).as("page %d", n).containsExactly(0);
      }
    }
    assertThat(memory.keys("https://a.example/")).isLessThanOrEqualTo(20);
  }

  @Test
  void concurrentReadersKeepTheBounds() throws Exception {
    SiteFurniture.Config config = new SiteFurniture.Config(8, 40, 2);
    SiteFurniture memory = new SiteFurniture(config);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            memory.furniture("https://h" + (i % 20) + ".example/" + thread + "-" + i, "t", page(i, "شعار " + (i % 20)));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(memory.hosts()).isLessThanOrEqualTo(config.maxHosts());
  }

  @Test
  void twoSitesOnOneAddressAreTwoSites() {
    SiteFurniture memory = new SiteFurniture();
    memory.furniture("http://127.0.0.1:8081/a", "t", page(1, "شعار الموقع الدائم"));
    assertThat(memory.furniture("http://127.0.0.1:8082/b", "t", page(2, "شعار الموقع الدائم"))).isEmpty();
    assertThat(memory.furniture("http://127.0.0.1:8081/c", "t", page(3, "شعار الموقع الدائم"))).containsExactly(0);
  }

  @Test
  void pagesWithoutAHostLearnNothing() {
    SiteFurniture memory = new SiteFurniture();
    memory.furniture("file:///tmp/a.html", "t", page(1, "شعار الموقع الدائم"));
    assertThat(memory.furniture("file:///tmp/b.html", "t", page(2, "شعار الموقع الدائم"))).isEmpty();
    assertThat(memory.hosts()).isZero();
  }

  @Test
  void configIsChecked() {
    assertThatThrownBy(() -> new SiteFurniture.Config(0, 10, 2)).hasMessageContaining("maxHosts");
    assertThatThrownBy(() -> new SiteFurniture.Config(1, 0, 2)).hasMessageContaining("maxKeysPerHost");
    assertThatThrownBy(() -> new SiteFurniture.Config(1, 10, 1)).hasMessageContaining("minPages");
  }
}
