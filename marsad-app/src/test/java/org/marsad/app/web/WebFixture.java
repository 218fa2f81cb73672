package org.marsad.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.marsad.app.config.ApiConfig;
import org.marsad.app.config.ServerConfig;
import org.marsad.app.metrics.Metrics;
import org.marsad.app.server.ApiServer;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.model.RelatedRef;
import org.marsad.app.stories.Storage;
import org.marsad.app.stories.StoryFixtures;

/** A store with a few articles (one hostile) and the server with the web UI on a random port. */
final class WebFixture implements AutoCloseable {
  static final String XSS = "<script>alert(1)</script> <img src=x onerror=alert(1)>";

  final Storage store;
  final ApiServer server;
  final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  WebFixture(Path dir) throws IOException {
    store = Storage.open(dir, m -> {});
    store.add(article("a1", "ارتفاع أسعار النفط في الأسواق العالمية", "الجزيرة", 2024, 1, 30,
        List.of("ارتفعت أسعار النفط اليوم بعد قرار منظمة OPEC خفض الإنتاج.", "وقال محللون إن الأسعار قد تواصل الصعود."),
        List.of("اقتصاد", "نفط"), List.of(new RelatedRef("a2", "رابط قديم", null, null),
            new RelatedRef("missing", "مقال غير مخزن", null, null))));
    store.add(article("a2", "انخفاض أسعار الذهب", "الجزيرة", 2024, 2, 12,
        List.of("تراجعت أسعار الذهب في تعاملات اليوم."), List.of("اقتصاد"), List.of()));
    store.add(article("a3", "قمة عربية في بغداد", "العربية", 2024, 3, 11,
        List.of("انعقدت القمة العربية في بغداد."), List.of("سياسة"), List.of()));
    store.add(new Article("xss", "javascript:alert(1)", "عنوان " + XSS, List.of("نص " + XSS, "فقرة ثانية javascript:alert(1)"),
        published(2024, 3, 12), "مصدر" + XSS, List.of(new Credit(Credit.Role.AUTHOR, "كاتب" + XSS)),
        List.of("وسم" + XSS), List.of(), Provenance.of("test", "test")));
    // A story: an agency release, two outlets' copies and an outlet's own report (see StoryFixtures).
    for (Article a : List.of(StoryFixtures.wire(), StoryFixtures.copy(), StoryFixtures.shortCopy(), StoryFixtures.ownReport())) {
      store.add(a);
    }
    // A hostile release copied by a hostile outlet: its headline labels a story, its outlet lists as a copy.
    List<String> hostileBody = new java.util.ArrayList<>(StoryFixtures.football().body());
    hostileBody.set(0, hostileBody.get(0) + " " + XSS);
    store.add(StoryFixtures.article("xss-wire", "افتتاح " + XSS, hostileBody, "وكالة" + XSS, 30, List.of()));
    store.add(StoryFixtures.article("xss-copy", "نسخة " + XSS, hostileBody, "صحيفة" + XSS, 31, List.of()));
    store.commit();
    server = new ApiServer(store, List::of, new ServerConfig("127.0.0.1", 0), ApiConfig.readOnly(), new Metrics(),
        List.of(new WebRoutes(store)));
    base = server.start();
  }

  static Article article(String id, String title, String source, int y, int m, int d, List<String> body,
      List<String> tags, List<RelatedRef> related) {
    return new Article(id, "https://example.org/" + id, title, body, published(y, m, d), source,
        List.of(new Credit(Credit.Role.PREPARER, "فريق التحرير"), new Credit(Credit.Role.WIRE, "فرانس24"),
            new Credit(Credit.Role.WIRE, "رويترز")),
        tags, related, Provenance.of("test", "test"));
  }

  private static Published published(int y, int m, int d) {
    return new Published(LocalDateTime.of(y, m, d, 9, 0), null, y + "-" + m + "-" + d, Precision.DAY);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    server.close();
    store.close();
  }
}
