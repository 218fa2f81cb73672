package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in headless Chromium: what a reader sees, and that hostile text stays text. Skipped
 * where Debian's chromium and chromium-driver are not installed. Screenshots go to
 * {@code target/screenshots/}.
 */
class WebBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir Path dir;
  private WebFixture t;
  private ChromeDriver driver;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromedriver are not installed");
    t = new WebFixture(dir);
    Path profile = Files.createDirectories(dir.resolve("chrome-profile"));
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--lang=ar");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(new Dimension(1100, 900));
    Files.createDirectories(SHOTS);
  }

  @AfterEach
  void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (t != null) {
      t.close();
    }
  }

  private void open(String path) {
    driver.get(t.base.resolve(path).toString());
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
  }

  private void shot(String name) throws IOException {
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void readerSearchesOpensAnArticleAndFollowsARelatedRead() throws Exception {
    open("/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("آخر الأخبار");
    assertThat(driver.findElement(By.cssSelector("ol.hits")).getText()).contains("قمة عربية في بغداد", "العربية");
    shot("home");

    WebElement box = driver.findElement(By.name("q"));
    box.sendKeys("النفط");
    box.submit();
    // Wait for the results page: the home page's elements go stale only once it has replaced them.
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(box));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("نتائج البحث عن");
    assertThat(driver.findElements(By.tagName("mark"))).isNotEmpty();
    WebElement subscribe = driver.findElement(By.cssSelector("a.subscribe"));
    assertThat(subscribe.getDomAttribute("href")).contains("/feed?q=");
    assertThat(driver.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']")).getDomAttribute("href"))
        .contains("/feed?q=");
    shot("search");

    WebElement hit = driver.findElement(By.linkText("ارتفاع أسعار النفط في الأسواق العالمية"));
    hit.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(hit));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("ارتفاع أسعار النفط في الأسواق العالمية");
    assertThat(driver.findElement(By.cssSelector(".hijri")).getText()).contains("رجب", "1445");
    assertThat(driver.findElement(By.cssSelector("aside.related")).getText()).contains("اقرأ أيضاً");
    assertThat(driver.findElement(By.cssSelector(".body")).getText()).doesNotContain("اقرأ أيضاً");
    shot("article");

    WebElement related = driver.findElement(By.cssSelector("aside.related a"));
    related.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(related));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("انخفاض أسعار الذهب");

    driver.manage().window().setSize(new Dimension(390, 844));
    open("/source/" + Html.encode("الجزيرة"));
    assertThat(driver.findElement(By.cssSelector(".months")).getText()).contains("يناير", "فبراير");
    shot("source-phone");
  }

  @Test
  void hostileArticleRaisesNoAlertAndInjectsNoElement() throws Exception {
    open("/article/xss");
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(driver.findElements(By.cssSelector("img[src=x]"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("main script"))).isEmpty();
    assertThat(driver.findElement(By.cssSelector(".body")).getText()).contains("<script>alert(1)</script>");
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    shot("xss");
  }
}
