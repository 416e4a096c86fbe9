package zonekg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import zonekg.doc.Checks;
import zonekg.doc.ConfigException;
import zonekg.doc.InputException;
import zonekg.doc.SourceDoc;

/**
 * Files → SourceDoc: lists the {@code *.txt} files of an input folder and decodes each one,
 * refusing binary, empty, undecodable and oversized files with one {@link InputException} each.
 * <pre>{@code
 * DocumentReader reader = DocumentReader.create().maxFileBytes(8 << 20).build();
 * for (Path file : reader.list(Path.of("seeds"))) { SourceDoc doc = reader.read(file); ... }
 * }</pre>
 */
public final class DocumentReader {
  /** Files larger than this are refused unless the limit is raised. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;
  /** The highest limit: a Java array holds under 2 GiB, and a document's text and words take many times its bytes. */
  public static final long MAX_MAX_FILE_BYTES = 1L << 30;

  private final long maxFileBytes;

  private DocumentReader(Builder builder) {
    this.maxFileBytes = builder.maxFileBytes;
  }

  public static Builder create() {
    return new Builder();
  }

  /** Every {@code *.txt} file directly inside {@code inputDir}, sorted by file name. */
  public List<Path> list(Path inputDir) {
    if (!Files.exists(inputDir)) {
      throw new ConfigException(inputDir + ": no such folder");
    }
    if (!Files.isDirectory(inputDir)) {
      throw new ConfigException(inputDir + ": not a folder");
    }
    List<Path> files;
    try (Stream<Path> entries = Files.list(inputDir)) {
      files = entries
          .filter(p -> p.getFileName().toString().endsWith(".txt"))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new ConfigException(inputDir + ": cannot list (" + reason(e) + ")", e);
    }
    if (files.isEmpty()) {
      throw new ConfigException(inputDir + ": no *.txt files");
    }
    return files;
  }

  /** The decoded document in {@code file}; its name is the file name. */
  public SourceDoc read(Path file) {
    byte[] bytes = readBytes(file);
    String text;
    try {
      text = stripBom(TextDecoder.decode(bytes));
    } catch (TextDecoder.DecodeProblem problem) {
      throw new InputException(file, problem.getMessage());
    }
    if (text.isEmpty()) {
      throw new InputException(file, "empty");
    }
    if (text.isBlank()) {
      throw new InputException(file, "only white space");
    }
    return new SourceDoc(file.getFileName().toString(), file, text, sha256(bytes));
  }

  private byte[] readBytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new InputException(file, "is a folder");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A pipe or a device (a link to /dev/zero) would block or never end.
      throw new InputException(file, "not a regular file");
    }
    try {
      if (Files.size(file) > maxFileBytes) {
        throw tooLarge(file);
      }
      return readAtMost(file);
    } catch (IOException e) {
      throw new InputException(file, reason(e));
    }
  }

  // The size checked above may change (a file still being written): never read more than the limit.
  private byte[] readAtMost(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) maxFileBytes);
      if (in.read() != -1) {
        throw tooLarge(file);
      }
      return bytes;
    }
  }

  private InputException tooLarge(Path file) {
    return new InputException(file, "larger than " + describe(maxFileBytes) + " (--max-file-size raises the limit)");
  }

  /** A second BOM can survive when a UTF-8 file was saved twice with one. */
  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static String describe(long bytes) {
    return new ByteSize(bytes).toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Configures a {@link DocumentReader}; {@link #build()} checks the limits. */
  public static final class Builder {
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;

    private Builder() {}

    /** The largest file read, in bytes; default {@link #DEFAULT_MAX_FILE_BYTES}. */
    public Builder maxFileBytes(long bytes) {
      this.maxFileBytes = bytes;
      return this;
    }

    public DocumentReader build() {
      Checks.argument(maxFileBytes > 0, "max file size must be positive, got %d bytes", maxFileBytes);
      Checks.argument(maxFileBytes <= MAX_MAX_FILE_BYTES, "max file size must be at most %s, got %s",
          describe(MAX_MAX_FILE_BYTES), describe(maxFileBytes));
      return new DocumentReader(this);
    }
  }
}
