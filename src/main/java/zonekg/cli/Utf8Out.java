package zonekg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;

/**
 * Lets Jena's byte writers print through picocli's character writer, so tests that capture {@code setOut} see
 * the output; results stream through without being buffered whole.
 */
final class Utf8Out {
  private Utf8Out() {}

  /** A stream whose close flushes, but leaves {@code out} open for later messages. */
  static OutputStream of(PrintWriter out) throws IOException {
    PrintWriter shielded = new PrintWriter(out) {
      @Override
      public void close() {
        flush();
      }
    };
    return WriterOutputStream.builder().setWriter(shielded).setCharset(StandardCharsets.UTF_8).get();
  }
}
