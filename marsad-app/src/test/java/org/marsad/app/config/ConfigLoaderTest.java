package org.marsad.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void theDefaultsServeLocallyAndFollowRealArabicFeeds() {
    MarsadConfig c = ConfigLoader.defaults();

    assertThat(c.server().host()).isEqualTo("127.0.0.1");
    assertThat(c.fetch().allowPrivateAddresses()).isFalse();
    assertThat(c.feeds()).hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(f -> assertThat(f.url()).startsWith("https://"))
        .allSatisfy(f -> assertThat(f.country()).matches("[A-Z]{2}"));
  }

  @Test
  void aUserFileOverridesKeyByKeyAndItsFeedListReplacesTheDefaults() throws Exception {
    Path user = write("server:\n  port: 9090\nfeeds:\n  - {name: مثال, url: 'https://example.org/rss'}\n");

    MarsadConfig c = ConfigLoader.load(user);

    assertThat(c.server().port()).isEqualTo(9090);
    assertThat(c.server().host()).isEqualTo("127.0.0.1");
    assertThat(c.fetch().maxRedirects()).isEqualTo(ConfigLoader.defaults().fetch().maxRedirects());
    assertThat(c.feeds()).extracting(FeedConfig::name).containsExactly("مثال");
  }

  @Test
  void writesAreOffByDefaultAndATokenTurnsThemOn() throws Exception {
    assertThat(ConfigLoader.defaults().api().writesEnabled()).isFalse();
    assertThat(ConfigLoader.defaults().api().maxIngestMegabytes()).isEqualTo(16);

    ApiConfig api = ConfigLoader.load(write("api:\n  token: 'a-long-enough-secret-token'\n")).api();

    assertThat(api.writesEnabled()).isTrue();
    assertThat(api.maxIngestBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(api.toString()).doesNotContain("secret");
  }

  @Test
  void aShortTokenOrAnAbsurdBodyLimitIsRefused() throws Exception {
    assertThatThrownBy(() -> ConfigLoader.load(write("api:\n  token: short\n")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("api.token");
    assertThatThrownBy(() -> ConfigLoader.load(write("api:\n  maxIngestMegabytes: 0\n")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("api.maxIngestMegabytes");
  }

  @Test
  void theTokenIsNeverWrittenOut() throws Exception {
    MarsadConfig c = ConfigLoader.load(write("api:\n  token: 'a-long-enough-secret-token'\n"));

    String json = org.marsad.store.codec.ArticleJson.mapper().writeValueAsString(c);

    assertThat(json).contains("maxIngestMegabytes").doesNotContain("secret");
  }

  @Test
  void unknownKeysAreErrorsThatNameTheKey() throws Exception {
    Path user = write("server:\n  prot: 9090\n");

    assertThatThrownBy(() -> ConfigLoader.load(user))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(user.toString())
        .hasMessageContaining("unknown key 'server.prot'");
  }

  @Test
  void badValuesNameTheKey() throws Exception {
    assertThatThrownBy(() -> ConfigLoader.load(write("follow:\n  pollEveryMinutes: 0\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("follow.pollEveryMinutes: must be >= 1");
    assertThatThrownBy(() -> ConfigLoader.load(write("feeds:\n  - {name: x, url: 'file:///etc/passwd'}\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("feeds[].url: must be an http or https URL");
    assertThatThrownBy(() -> ConfigLoader.load(write("server: [1, 2]\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("server: must be a map of keys");
    assertThatThrownBy(() -> ConfigLoader.load(write("server:\n  port: 'x\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void anAbsentOrEmptyUserFileMeansTheDefaults() throws Exception {
    assertThat(ConfigLoader.load(dir.resolve("none.yaml"))).isEqualTo(ConfigLoader.defaults());
    assertThat(ConfigLoader.load(write(""))).isEqualTo(ConfigLoader.defaults());
  }

  @Test
  void addingAFeedStartsFromTheDefaultListAndKeepsTheRestOfTheUserFile() throws Exception {
    Path user = write("server:\n  port: 9091\n");
    int defaults = ConfigLoader.defaults().feeds().size();

    ConfigLoader.addFeed(user, new FeedConfig("موقع", "https://example.org/feed", "EG"));
    ConfigLoader.addFeed(user, new FeedConfig("آخر", "https://example.net/rss", null));

    MarsadConfig c = ConfigLoader.load(user);
    assertThat(c.server().port()).isEqualTo(9091);
    assertThat(c.feeds()).hasSize(defaults + 2);
    assertThat(c.feeds().get(defaults)).isEqualTo(new FeedConfig("موقع", "https://example.org/feed", "EG"));
    assertThat(Files.readString(user, StandardCharsets.UTF_8)).contains("موقع");
  }

  private Path write(String yaml) throws IOException {
    Path f = Files.createTempFile(dir, "marsad", ".yaml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return f;
  }
}
