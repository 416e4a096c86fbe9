package zonekg.doc;

import java.nio.file.Path;

/** A source file that cannot be read as a document; the message reads {@code file: problem; consequence}. */
public class InputException extends ZonekgException {
  private final Path file;

  public InputException(Path file, String problem) {
    super(file + ": " + problem + "; skipped");
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
