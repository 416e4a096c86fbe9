package zonekg.pipeline;

import java.nio.file.Path;
import java.util.List;
import zonekg.doc.ConfigException;
import zonekg.doc.InputException;

/** No file of the input folder could be read: the build stops before it writes anything, and says why for each file. */
public final class NothingReadException extends ConfigException {
  private final List<InputException> skipped;

  public NothingReadException(Path input, List<InputException> skipped) {
    super(input + (skipped.size() == 1 ? ": its only *.txt file could not be read"
        : ": none of its " + skipped.size() + " *.txt files could be read") + "; nothing built");
    this.skipped = List.copyOf(skipped);
  }

  /** Each file and why it was skipped. */
  public List<InputException> skipped() {
    return skipped;
  }
}
