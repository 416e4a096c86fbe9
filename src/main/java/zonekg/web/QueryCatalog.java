package zonekg.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import zonekg.doc.ConfigException;

/**
 * The ready queries packed in the jar under {@code zonekg/queries/} (queries/*.rq and queries/eval/*.rq of the
 * source tree), each with the comment lines it opens with; read once at start.
 */
final class QueryCatalog {
  /** Class-path folder of the .rq files. */
  static final String RESOURCE = "zonekg/queries";
  private static final String SUFFIX = ".rq";

  /** One query: its path below the folder ({@code eval/zones.rq}), its opening comment and its text. */
  record ReadyQuery(String path, String comment, String text) {}

  private final List<ReadyQuery> queries;

  private QueryCatalog(List<ReadyQuery> queries) {
    this.queries = List.copyOf(queries);
  }

  /** Loads every .rq file of the class-path folder, top-level files first, then sub-folders, by name. */
  static QueryCatalog load() {
    // Not closed: the factory may have mounted the jar; it is read once here, then released with the server.
    Resource folder = ResourceFactory.closeable().newClassLoaderResource(RESOURCE);
    if (folder == null || !folder.isDirectory()) {
      throw new ConfigException(RESOURCE + ": ready queries not on the class path; was the jar built with queries/?");
    }
    List<ReadyQuery> found = new ArrayList<>();
    collect(folder, "", found);
    found.sort(Comparator.comparing((ReadyQuery q) -> q.path().contains("/")).thenComparing(ReadyQuery::path));
    return new QueryCatalog(found);
  }

  private static void collect(Resource folder, String prefix, List<ReadyQuery> found) {
    for (Resource child : folder.list()) {
      String name = child.getFileName();
      if (child.isDirectory()) {
        collect(child, prefix + name + "/", found);
      } else if (name.endsWith(SUFFIX)) {
        String text = read(child);
        found.add(new ReadyQuery(prefix + name, comment(text), text));
      }
    }
  }

  private static String read(Resource file) {
    try (InputStream in = file.newInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file.getURI() + ": cannot read the ready query (" + e.getMessage() + ")", e);
    }
  }

  /** The comment lines a query opens with, without their '#', joined by spaces. */
  static String comment(String text) {
    return text.lines().takeWhile(line -> line.startsWith("#"))
        .map(line -> line.substring(1).strip()).collect(Collectors.joining(" "));
  }

  List<ReadyQuery> all() {
    return queries;
  }

  /** The query at {@code path}, only if it is one of the catalogue's (a lookup, never a file path). */
  Optional<ReadyQuery> byPath(String path) {
    return queries.stream().filter(q -> q.path().equals(path)).findFirst();
  }
}
