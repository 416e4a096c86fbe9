package zonekg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zonekg.doc.ZonekgException;

/**
 * Graphs built before, kept in a folder under a key of everything a build depends on: zonekg's own code, the
 * build's settings, and each document's name and bytes. serve, query and export take the graph from here instead
 * of building the same documents again. An entry is the dataset in RDF Thrift (fast to read back) and the lines
 * the build reported (skipped files), so that a reused build says what the original one said.
 * <pre>
 *   BuildCache cache = new BuildCache(Path.of(".cache/zonekg"), codeIdentity);
 *   Optional&lt;BuildCache.Key&gt; key = cache.key(files, settings);
 *   Optional&lt;List&lt;String&gt;&gt; said = key.flatMap(k -&gt; cache.load(k, dsg));   // empty: build, then save
 * </pre>
 */
public final class BuildCache {
  /** Entries kept: the most recently used; each may be as large as its corpus' TriG. */
  static final int KEPT = 4;
  private static final String GRAPH = ".rt";
  private static final String REPORT = ".report";
  private static final Logger LOG = LoggerFactory.getLogger(BuildCache.class);

  private final Path dir;
  private final String code;

  /** A cache in {@code dir} (created when first saved to) for builds by the code named by {@code codeIdentity}. */
  public BuildCache(Path dir, String codeIdentity) {
    this.dir = dir;
    this.code = codeIdentity;
  }

  /** What a build's graph depends on, digested. */
  public record Key(String hex) {}

  public Path dir() {
    return dir;
  }

  /**
   * The key of building {@code files} with {@code settings} (whatever else shapes the graph, e.g. the IRI base);
   * empty when a file cannot be read, which the build itself will report.
   */
  public Optional<Key> key(List<Path> files, String settings) {
    MessageDigest digest = sha256();
    update(digest, code);
    update(digest, settings);
    try {
      for (Path file : files) {
        update(digest, file.getFileName().toString());
        // a folder or device the build will skip for what it is; reading one could take forever (/dev/zero)
        if (!Files.isRegularFile(file)) {
          update(digest, "not a regular file");
          continue;
        }
        update(digest, Long.toString(Files.size(file)));
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(new Key(HexFormat.of().formatHex(digest.digest(), 0, 20)));
  }

  /** Whether an entry is kept under {@code key}. */
  public boolean contains(Key key) {
    return Files.isRegularFile(file(key, GRAPH));
  }

  /**
   * Fills {@code dsg}, replacing what it held, from the entry of {@code key}; returns the lines its build reported,
   * or empty when there is no entry. An entry that cannot be read is removed and counts as none.
   */
  public Optional<List<String>> load(Key key, DatasetGraph dsg) {
    Path graph = file(key, GRAPH);
    Path report = file(key, REPORT);
    // the report is moved into place first: with the graph there, it is complete
    if (!contains(key)) {
      return Optional.empty();
    }
    try {
      List<String> said = Files.readAllLines(report, StandardCharsets.UTF_8);
      Stores.replace(dsg, sink -> {
        RDFParser.source(graph).lang(Lang.RDFTHRIFT).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
            .parse(sink);
        return null;
      });
      Files.setLastModifiedTime(graph, FileTime.from(Instant.now()));
      return Optional.of(said);
    } catch (IOException | RiotException | UncheckedIOException e) {
      LOG.warn("{}: unreadable cache entry, removed ({})", graph, e.getMessage());
      remove(key);
      return Optional.empty();
    }
  }

  /**
   * Keeps {@code dsg} and the lines its build reported under {@code key}, then forgets all but the {@value #KEPT}
   * most recently used entries. A cache that cannot be written is skipped with a warning: it only saves time.
   */
  public void save(Key key, DatasetGraph dsg, List<String> reported) {
    Map<Path, AtomicFile.Content> files = new LinkedHashMap<>();
    files.put(file(key, REPORT), out -> out.write(String.join("\n", reported).getBytes(StandardCharsets.UTF_8)));
    files.put(file(key, GRAPH), out -> DatasetExporter.write(dsg, Lang.RDFTHRIFT, out));
    try {
      AtomicFile.writeAll(files);
      evict();
    } catch (ZonekgException | IOException | UncheckedIOException e) {
      LOG.warn("{}: cannot keep the build in the cache ({})", dir, e.getMessage());
    }
  }

  private void evict() throws IOException {
    List<Path> graphs;
    try (Stream<Path> entries = Files.list(dir)) {
      graphs = entries.filter(p -> p.getFileName().toString().endsWith(GRAPH))
          .sorted(Comparator.comparing(BuildCache::lastModified).reversed())
          .toList();
    }
    for (Path graph : graphs.subList(Math.min(KEPT, graphs.size()), graphs.size())) {
      String name = graph.getFileName().toString();
      remove(new Key(name.substring(0, name.length() - GRAPH.length())));
    }
  }

  private void remove(Key key) {
    try {
      Files.deleteIfExists(file(key, GRAPH));
      Files.deleteIfExists(file(key, REPORT));
    } catch (IOException e) {
      LOG.warn("{}: cannot remove ({})", file(key, GRAPH), e.getMessage());
    }
  }

  private Path file(Key key, String suffix) {
    return dir.resolve(key.hex() + suffix);
  }

  private static FileTime lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  // a length before each part, so that ("ab", "c") and ("a", "bc") differ
  private static void update(MessageDigest digest, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
