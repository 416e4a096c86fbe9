package zonekg.doc;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * One decoded source file: the first layer of the pipeline.
 *
 * @param name the file name, which is also the document's identity ({@code 000_a.txt})
 * @param path where it was read from
 * @param text the decoded text, unchanged
 * @param sha256 hex digest of the file's bytes
 */
public record SourceDoc(String name, Path path, String text, String sha256) implements Serializable {
  public SourceDoc {
    Checks.argument(!name.isBlank(), "document without a name at %s", path);
    Checks.notNull(text, "text");
  }

  // A Path is not serializable: a document spilled to disk travels with its path as a string.
  private Object writeReplace() {
    return new Serialized(name, path == null ? null : path.toString(), text, sha256);
  }

  private record Serialized(String name, String path, String text, String sha256) implements Serializable {
    private Object readResolve() {
      return new SourceDoc(name, path == null ? null : Path.of(path), text, sha256);
    }
  }
}
