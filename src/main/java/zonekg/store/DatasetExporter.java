package zonekg.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes a dataset in an RDF syntax: syntaxes that hold named graphs (TriG, JSON-LD, N-Quads) get every graph,
 * triple-only syntaxes (Turtle, N-Triples) get the graph a query without GRAPH sees, with the dataset's prefixes.
 * <pre>
 *   DatasetExporter.write(dsg, DatasetExporter.language("trig").orElseThrow(), Path.of("out/zonekg.trig"));
 * </pre>
 */
public final class DatasetExporter {
  private DatasetExporter() {}

  /** The writable RDF syntax named by a file extension or Jena name ({@code ttl}, {@code trig}, {@code nt}, ...). */
  public static Optional<Lang> language(String name) {
    Lang lang = RDFLanguages.fileExtToLang(name);
    if (lang == null) {
      lang = RDFLanguages.shortnameToLang(name);
    }
    return Optional.ofNullable(lang).filter(RDFWriterRegistry::contains);
  }

  /** Writes {@code dsg} to {@code out}, which stays open. */
  public static void write(DatasetGraph dsg, Lang lang, OutputStream out) {
    Txn.executeRead(dsg, () -> writer(dsg, lang).output(out));
  }

  /** Writes {@code dsg} to {@code file} atomically: a failed write leaves any earlier file untouched. */
  public static void write(DatasetGraph dsg, Lang lang, Path file) {
    AtomicFile.write(file, out -> write(dsg, lang, out));
  }

  /** Writes {@code dsg} to several files, one syntax each, replacing them together (see {@link AtomicFile#writeAll}). */
  public static void write(DatasetGraph dsg, Map<Path, Lang> files) {
    Map<Path, AtomicFile.Content> contents = new LinkedHashMap<>();
    files.forEach((file, lang) -> contents.put(file, out -> write(dsg, lang, out)));
    AtomicFile.writeAll(contents);
  }

  private static RDFWriter writer(DatasetGraph dsg, Lang lang) {
    RDFFormat format = RDFWriterRegistry.defaultSerialization(lang);
    if (holdsNamedGraphs(format)) {
      return RDFWriter.source(MemoryDataset.stored(dsg)).format(format).build();
    }
    return RDFWriter.source(UnionDefaultGraph.visibleGraph(dsg)).format(format).build();
  }

  private static boolean holdsNamedGraphs(RDFFormat format) {
    return RDFWriterRegistry.getWriterDatasetFactory(format) != null;
  }
}
