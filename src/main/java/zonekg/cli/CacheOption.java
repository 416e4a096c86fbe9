package zonekg.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LongSummaryStatistics;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import zonekg.store.BuildCache;

/** The {@code --cache} and {@code --no-cache} options of every command that may build: where built graphs are kept. */
final class CacheOption {
  /** A system property naming the default folder, or {@code off}; the test suite turns the cache off with it. */
  static final String PROPERTY = "zonekg.cache";

  @Option(names = "--cache", paramLabel = "DIR",
      description = {"Keep built graphs in DIR and reuse one while the documents, the options and zonekg stay the",
          "same (default: $XDG_CACHE_HOME/zonekg, else ~/.cache/zonekg; the 4 latest are kept)."})
  private Path dir;

  @Option(names = "--no-cache", description = "Build afresh, neither reading nor writing the cache.")
  private boolean off;

  /** The cache to use, or none when turned off or when the running code cannot be told apart from another's. */
  Optional<BuildCache> cache() {
    if (off) {
      return Optional.empty();
    }
    return Optional.ofNullable(dir).or(CacheOption::defaultDir)
        .flatMap(folder -> codeIdentity().map(code -> new BuildCache(folder, code)));
  }

  private static Optional<Path> defaultDir() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null) {
      return configured.equals("off") ? Optional.empty() : Optional.of(Path.of(configured));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "zonekg"));
    }
    return Optional.of(Path.of(System.getProperty("user.home"), ".cache", "zonekg"));
  }

  /**
   * What the graph's code is: every class-path entry with its size and time of change (for a folder of classes,
   * its newest file), so a rebuilt jar or recompiled class makes new keys. Empty when an entry cannot be read.
   */
  static Optional<String> codeIdentity() {
    StringBuilder identity = new StringBuilder();
    try {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path path = Path.of(entry).toAbsolutePath();
        identity.append(path).append(' ').append(Files.isDirectory(path) ? newest(path) : stamp(path)).append('\n');
      }
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return Optional.of(identity.toString());
  }

  private static String stamp(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
  }

  private static String newest(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      LongSummaryStatistics times = files.filter(Files::isRegularFile).mapToLong(CacheOption::modified)
          .summaryStatistics();
      return times.getCount() + " files " + times.getMax();
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
