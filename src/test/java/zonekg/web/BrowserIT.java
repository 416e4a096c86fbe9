package zonekg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import zonekg.pipeline.Pipeline;
import zonekg.serve.ZoneServer;
import zonekg.store.Stores;

/**
 * The explorer in a real browser: headless Chromium (Debian's chromium and chromium-driver) over the graph of
 * seeds/, served on a free port. Screenshots of every page go to target/screenshots/.
 */
class BrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String PREFIXES = """
      PREFIX zk:   <https://w3id.org/zonekg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;

  @TempDir
  static Path profile;

  private static DatasetGraph dsg;
  private static ZoneServer server;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    dsg = Stores.memory();
    Stores.fill(dsg, sink -> Pipeline.create().build().run(Path.of("seeds"), sink));
    dsg = ChineseTextIndex.over(dsg);
    server = Explorer.mount(ZoneServer.create().dataset(dsg).port(ZoneServer.ANY_PORT), dsg).build().start();
    Files.createDirectories(SCREENSHOTS);
    browser = chromium();
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (server != null) {
        server.stop();
      }
    }
  }

  @Test
  void theUiListsTheDataset() throws IOException {
    browser.get(server.url());

    try {
      WebElement row = waitFor(By.xpath("//table//tr[td[normalize-space(.)='/zonekg']]"));
      assertThat(row.getText()).contains("query");
    } finally {
      screenshot("1-fuseki-ui-home");
    }
  }

  @Test
  void aReadyQueryOpensInTheUiEditorAndRuns() throws IOException {
    browser.get(server.url() + "queries");
    screenshot("2-ready-queries");
    browser.findElement(By.linkText("zones-overview.rq")).click();
    waitFor(By.cssSelector(".yasqe_queryButton"));
    new WebDriverWait(browser, WAIT).until(d -> editorText().contains("zk:DevelopmentZone"));
    browser.findElement(By.cssSelector(".yasqe_queryButton")).click();

    WebElement firstCell = waitFor(By.cssSelector(".yasr table tbody tr td:nth-child(2)"));
    screenshot("3-ui-query-results");
    assertThat(firstCell.getText()).isNotBlank();
    assertThat(zoneLabels()).anySatisfy(label -> assertThat(resultsText()).contains(label));
  }

  @Test
  void aZonePageShowsItsFactsAndStatistics() throws IOException {
    Binding zone = busiestZone();
    String label = zone.get("label").getLiteralLexicalForm();
    browser.get(server.url() + "search?q=" + EntityPaths.encodeNonAscii(label));

    WebElement heading = waitFor(By.id("entity-label"));
    screenshot("4-zone-page");
    assertThat(heading.getText()).isEqualTo(label);
    assertThat(browser.findElement(By.id("facts")).getText()).contains("所在城市");
    long statistics = Long.parseLong(zone.get("n").getLiteralLexicalForm());
    if (statistics > 0) {
      List<WebElement> rows = browser.findElements(By.cssSelector("#statistics tr.statistic"));
      assertThat(rows).isNotEmpty();
      assertThat(rows.get(0).findElement(By.cssSelector("td.evidence")).getText()).isNotBlank();
    } else {
      assertThat(browser.findElements(By.id("statistics"))).isEmpty();
    }
  }

  @Test
  void searchingAChineseNameLandsOnTheEntity() throws IOException {
    String name = Txn.calculateRead(dsg, () -> {
      try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + """
          SELECT ?label { ?e a zk:Enterprise ; rdfs:label ?label ; zk:zone ?z .
                          FILTER NOT EXISTS { ?o rdfs:label ?label FILTER (?o != ?e) } }
          ORDER BY DESC(STRLEN(?label)) ?label LIMIT 1""").build()) {
        return exec.select().next().get("label").getLiteralLexicalForm();
      }
    });
    browser.get(server.url() + "search");
    WebElement box = waitFor(By.id("search-box"));
    box.sendKeys(name);
    browser.findElement(By.id("search-button")).click();

    WebElement heading = waitFor(By.id("entity-label"));
    screenshot("5-search-result");
    assertThat(heading.getText()).isEqualTo(name);
    assertThat(browser.getCurrentUrl()).contains("/id/enterprise/");
    assertThat(browser.findElement(By.id("facts")).getText()).contains("所在开发区");
  }

  private static Binding busiestZone() {
    return Txn.calculateRead(dsg, () -> {
      try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + """
          SELECT ?z ?label (COUNT(DISTINCT ?st) AS ?n) (COUNT(DISTINCT ?x) AS ?m) {
            ?z a zk:DevelopmentZone ; rdfs:label ?label ; zk:city ?city .
            OPTIONAL { ?st zk:subject ?z } OPTIONAL { ?x zk:zone ?z }
            FILTER NOT EXISTS { ?o rdfs:label ?label FILTER (?o != ?z) }
          } GROUP BY ?z ?label ORDER BY DESC(?n) DESC(?m) ?label LIMIT 1""").build()) {
        return exec.select().next();
      }
    });
  }

  private static List<String> zoneLabels() {
    return Txn.calculateRead(dsg, () -> {
      try (QueryExec exec = QueryExec.dataset(dsg)
          .query(PREFIXES + "SELECT ?l { ?z a zk:DevelopmentZone ; rdfs:label ?l }").build()) {
        return exec.select().stream().map(b -> b.get("l").getLiteralLexicalForm()).toList();
      }
    });
  }

  private static String editorText() {
    return browser.findElement(By.cssSelector(".CodeMirror")).getText();
  }

  private static String resultsText() {
    return browser.findElement(By.cssSelector(".yasr")).getText();
  }

  private static WebElement waitFor(By locator) {
    return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Debian's Chromium and its driver, named explicitly so Selenium Manager never downloads a browser. */
  private static WebDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1600",
        "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }
}
