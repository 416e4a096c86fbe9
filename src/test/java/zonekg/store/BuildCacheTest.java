package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {
  private static final String SETTINGS = "base https://example.org/";

  @TempDir
  Path temp;
  private Path docs;
  private BuildCache cache;

  @BeforeEach
  void documents() throws IOException {
    docs = Files.createDirectories(temp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "芜湖高新区营业收入增长12%。");
    Files.writeString(docs.resolve("b.txt"), "蚌埠经开区签约项目18个。");
    cache = new BuildCache(temp.resolve("cache"), "code 1");
  }

  @Test
  void theKeyFollowsEveryDocumentByteNameSettingAndTheCode() throws IOException {
    BuildCache.Key key = key(cache, SETTINGS);

    assertThat(key(cache, SETTINGS)).isEqualTo(key);
    assertThat(key(cache, "base https://example.com/")).isNotEqualTo(key);
    assertThat(key(new BuildCache(temp.resolve("cache"), "code 2"), SETTINGS)).isNotEqualTo(key);
    Files.writeString(docs.resolve("b.txt"), "蚌埠经开区签约项目19个。");
    BuildCache.Key edited = key(cache, SETTINGS);
    assertThat(edited).isNotEqualTo(key);
    Files.move(docs.resolve("b.txt"), docs.resolve("c.txt"));
    assertThat(key(cache, SETTINGS)).isNotEqualTo(edited);
  }

  @Test
  void whatIsNoFileIsKeyedByItsNameWithoutReadingIt() throws IOException {
    Path folder = Files.createDirectories(docs.resolve("folder.txt"));
    Path other = Files.createDirectories(docs.resolve("other.txt"));

    Optional<BuildCache.Key> withFolder = cache.key(List.of(docs.resolve("a.txt"), folder), SETTINGS);
    assertThat(withFolder).isPresent();
    assertThat(cache.key(List.of(docs.resolve("a.txt"), other), SETTINGS)).isNotEqualTo(withFolder);
  }

  @Test
  void aSavedBuildComesBackWithWhatItsBuildReported() {
    DatasetGraph built = RdfFileLoader.load(Fixtures.path("documents.trig"));
    BuildCache.Key key = key(cache, SETTINGS);
    assertThat(cache.contains(key)).isFalse();

    cache.save(key, built, List.of("zonekg: c.txt: empty", "zonekg: d.txt: binary content (NUL at byte 8)"));
    DatasetGraph reused = Stores.memory();
    Optional<List<String>> said = cache.load(key, reused);

    assertThat(said).contains(List.of("zonekg: c.txt: empty", "zonekg: d.txt: binary content (NUL at byte 8)"));
    assertThat(quads(reused)).isEqualTo(quads(built)).isNotEmpty();
    assertThat(UnionDefaultGraph.isOn(reused)).isTrue();
    Txn.executeRead(reused, () -> assertThat(reused.prefixes().get("zk")).isEqualTo(prefix(built, "zk")));
  }

  @Test
  void aBuildThatReportedNothingComesBackWithNoLines() {
    BuildCache.Key key = key(cache, SETTINGS);
    cache.save(key, RdfFileLoader.load(Fixtures.path("documents.trig")), List.of());

    assertThat(cache.load(key, Stores.memory())).contains(List.of());
  }

  @Test
  void nothingUnderAKeyNeverSaved() {
    assertThat(cache.load(key(cache, SETTINGS), Stores.memory())).isEmpty();
  }

  @Test
  void aDamagedEntryCountsAsNoneAndIsRemoved() throws IOException {
    BuildCache.Key key = key(cache, SETTINGS);
    cache.save(key, RdfFileLoader.load(Fixtures.path("documents.trig")), List.of());
    Path graph = temp.resolve("cache").resolve(key.hex() + ".rt");
    Files.write(graph, "not thrift at all".getBytes(StandardCharsets.UTF_8));

    assertThat(cache.load(key, Stores.memory())).isEmpty();
    assertThat(cache.contains(key)).isFalse();
    assertThat(entries()).isEmpty();
  }

  @Test
  void onlyTheMostRecentlyUsedEntriesAreKept() throws IOException {
    DatasetGraph built = RdfFileLoader.load(Fixtures.path("documents.trig"));
    List<BuildCache.Key> keys = new ArrayList<>();
    for (int i = 0; i < BuildCache.KEPT; i++) {
      BuildCache.Key key = key(cache, SETTINGS + i);
      cache.save(key, built, List.of());
      Files.setLastModifiedTime(temp.resolve("cache").resolve(key.hex() + ".rt"), FileTime.fromMillis(1000L * i));
      keys.add(key);
    }
    // the oldest is used again, so the second oldest goes when one more is saved
    cache.load(keys.get(0), Stores.memory());
    cache.save(key(cache, SETTINGS + "new"), built, List.of());

    assertThat(cache.contains(keys.get(0))).isTrue();
    assertThat(cache.contains(keys.get(1))).isFalse();
    assertThat(entries()).hasSize(2 * BuildCache.KEPT);
  }

  @Test
  void aCacheThatCannotBeWrittenIsPassedOver() throws IOException {
    Path file = Files.writeString(temp.resolve("file"), "in the way");
    BuildCache blocked = new BuildCache(file.resolve("cache"), "code 1");
    BuildCache.Key key = key(blocked, SETTINGS);

    blocked.save(key, RdfFileLoader.load(Fixtures.path("documents.trig")), List.of());

    assertThat(blocked.contains(key)).isFalse();
  }

  private BuildCache.Key key(BuildCache c, String settings) {
    try (Stream<Path> files = Files.list(docs)) {
      return c.key(files.sorted().toList(), settings).orElseThrow();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
      return files.toList();
    }
  }

  private static Set<Quad> quads(DatasetGraph dsg) {
    return Txn.calculateRead(dsg, () -> MemoryDataset.stored(dsg).stream().collect(Collectors.toSet()));
  }

  private static String prefix(DatasetGraph dsg, String name) {
    return Txn.calculateRead(dsg, () -> dsg.prefixes().get(name));
  }
}
