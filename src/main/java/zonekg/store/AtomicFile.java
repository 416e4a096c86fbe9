package zonekg.store;

import java.io.BufferedOutputStream;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonekg.doc.ConfigException;

/** Writes a file so that readers see either the old content or the complete new one, never a half-written file. */
public final class AtomicFile {
  /** Writes content to a stream; may fail with an I/O error. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** What several files receive at once, one stream per target, in the targets' order. */
  @FunctionalInterface
  public interface Streams {
    void writeTo(List<OutputStream> outs) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code content} to a temporary file next to {@code target}, then moves it over {@code target}. */
  public static void write(Path target, Content content) {
    writeAll(Map.of(target, content));
  }

  /**
   * Writes several files as one output: every temporary file is complete before the first is moved into place,
   * so a failure while writing any of them leaves all the earlier files as they were.
   */
  public static void writeAll(Map<Path, Content> files) {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, Content> file : files.entrySet()) {
        temps.put(file.getKey(), writeTemp(file.getKey(), file.getValue()));
      }
      temps.keySet().forEach(AtomicFile::refuseFolderInTheWay);
      for (Map.Entry<Path, Path> temp : temps.entrySet()) {
        move(temp.getValue(), temp.getKey());
      }
    } finally {
      temps.values().forEach(AtomicFile::deleteQuietly);
    }
  }

  /**
   * Writes several files from one producer that streams into all of them at once (a build writing its
   * Turtle and TriG as the quads come); none is moved into place before all are complete.
   */
  public static void writeTogether(List<Path> targets, Streams content) {
    List<Path> temps = new ArrayList<>();
    try {
      for (Path target : targets) {
        temps.add(createTemp(target));
      }
      writeStreams(temps, content);
      for (Path temp : temps) {
        shareLikeNewFile(temp);
      }
      targets.forEach(AtomicFile::refuseFolderInTheWay);
      for (int i = 0; i < targets.size(); i++) {
        move(temps.get(i), targets.get(i));
      }
    } catch (IOException e) {
      throw new ConfigException(targets.get(0).toAbsolutePath().getParent() + ": cannot write (" + describe(e) + ")", e);
    } finally {
      temps.forEach(AtomicFile::deleteQuietly);
    }
  }

  private static void writeStreams(List<Path> temps, Streams content) throws IOException {
    List<OutputStream> outs = new ArrayList<>();
    try {
      for (Path temp : temps) {
        outs.add(new BufferedOutputStream(Files.newOutputStream(temp)));
      }
      content.writeTo(outs);
    } finally {
      IOException first = null;
      for (OutputStream out : outs) {
        try {
          out.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }

  /** Creates {@code dir} when missing and checks a file can be made in it, so a long build fails before it starts. */
  public static void checkFolder(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ConfigException(dir + ": not a folder; cannot write there");
    }
    try {
      Files.createDirectories(dir);
      Files.delete(Files.createTempFile(dir, ".zonekg", ".probe"));
    } catch (IOException e) {
      throw new ConfigException(dir + ": cannot write there (" + describe(e) + ")", e);
    }
  }

  private static Path createTemp(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      return Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    } catch (IOException e) {
      throw new ConfigException(target + ": cannot write (" + describe(e) + ")", e);
    }
  }

  private static Path writeTemp(Path target, Content content) {
    Path temp = createTemp(target);
    boolean complete = false;
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      shareLikeNewFile(temp);
      complete = true;
      return temp;
    } catch (IOException e) {
      throw new ConfigException(target + ": cannot write (" + describe(e) + ")", e);
    } finally {
      if (!complete) {
        deleteQuietly(temp);
      }
    }
  }

  // Checked before any move: a rename fails on a folder only once the files before it are replaced.
  private static void refuseFolderInTheWay(Path target) {
    if (Files.isDirectory(target)) {
      throw new ConfigException(target + ": cannot write (a folder is in the way)");
    }
  }

  /** A temporary file is private to its owner; the output it becomes is read by other users and tools. */
  private static void shareLikeNewFile(Path temp) throws IOException {
    if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void move(Path temp, Path target) {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Some file systems (e.g. some network mounts) cannot rename atomically; a plain replace is the best left.
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ConfigException(target + ": cannot write (" + describe(e) + ")", e);
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
