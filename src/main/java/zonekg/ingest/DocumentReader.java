package zonekg.ingest;

import java.io.IOException;
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
    if (text.isBlank()) {
      throw new InputException(file, "empty");
    }
    return new SourceDoc(file.getFileName().toString(), file, text, sha256(bytes));
  }

  private byte[] readBytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new InputException(file, "is a folder");
    }
    try {
      long size = Files.size(file);
      if (size > maxFileBytes) {
        throw new InputException(file, "larger than " + describe(maxFileBytes)
            + " (--max-file-size raises the limit)");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file, reason(e));
    }
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
    if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= (1L << 10) && bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
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
      return new DocumentReader(this);
    }
  }
}
