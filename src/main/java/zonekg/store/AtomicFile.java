package zonekg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import zonekg.doc.ConfigException;

/** Writes a file so that readers see either the old content or the complete new one, never a half-written file. */
public final class AtomicFile {
  /** Writes content to a stream; may fail with an I/O error. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code content} to a temporary file next to {@code target}, then moves it over {@code target}. */
  public static void write(Path target, Content content) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    } catch (IOException e) {
      throw new ConfigException(target + ": cannot write (" + describe(e) + ")", e);
    }
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      shareLikeNewFile(temp);
      move(temp, target);
    } catch (IOException e) {
      throw new ConfigException(target + ": cannot write (" + describe(e) + ")", e);
    } finally {
      deleteQuietly(temp);
    }
  }

  /** A temporary file is private to its owner; the output it becomes is read by other users and tools. */
  private static void shareLikeNewFile(Path temp) throws IOException {
    if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Some file systems (e.g. some network mounts) cannot rename atomically; a plain replace is the best left.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // A leftover hidden .tmp file is harmless and must not hide the real outcome.
    }
  }

  // NIO exceptions often carry only the path as message; name the kind of failure instead.
  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "a file is in the way of the folder";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
