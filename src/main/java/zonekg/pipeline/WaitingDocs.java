package zonekg.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import zonekg.doc.MentionedDoc;
import zonekg.doc.ZonekgException;

/**
 * The extracted documents of a build, waiting for the rest of the corpus to be resolved. The first ones stay in
 * memory; once their estimated size passes the budget, the others are written to a temporary file and read back
 * each time {@link #get} asks for them, so a corpus larger than the heap resolves and emits a document at a time.
 * <pre>
 *   try (WaitingDocs docs = new WaitingDocs(Runtime.getRuntime().maxMemory() / 8)) {
 *     docs.add(doc);           // from any thread
 *     docs.sortByName();
 *     resolver.apply(docs);    // reads the spilled ones back in name order
 *   }
 * </pre>
 * {@link #add} is thread-safe; so is {@link #get} once adding is over.
 */
final class WaitingDocs extends AbstractList<MentionedDoc> implements AutoCloseable {
  /**
   * Heap bytes per character of normalised text that a slimmed document takes, its sentences, mentions and
   * statistics included: about 11 in a heap histogram of copies of the seeds, rounded up.
   */
  static final int BYTES_PER_CHAR = 12;

  private final long budget;
  private final Path folder;
  private final List<Slot> slots = new ArrayList<>();
  private long inMemory;
  private FileChannel spill;
  private Path spillFile;
  private long spillEnd;

  /** A document kept in memory, or where it lies in the spill file. */
  private record Slot(String name, MentionedDoc doc, long position, int length) {}

  /** Keeps documents in memory up to {@code budget} estimated bytes (0 spills every one), the rest in {@code folder}. */
  WaitingDocs(long budget, Path folder) {
    this.budget = budget;
    this.folder = folder;
  }

  /** Spills to the system's temporary folder ({@code java -Djava.io.tmpdir=...} moves it). */
  WaitingDocs(long budget) {
    this(budget, Path.of(System.getProperty("java.io.tmpdir")));
  }

  @Override
  public boolean add(MentionedDoc doc) {
    long size = (long) doc.doc().text().length() * BYTES_PER_CHAR;
    synchronized (this) {
      if (spill == null && inMemory + size <= budget) {
        inMemory += size;
        return slots.add(new Slot(doc.name(), doc, -1, 0));
      }
    }
    byte[] bytes = serialize(doc);
    synchronized (this) {
      slots.add(new Slot(doc.name(), null, append(bytes), bytes.length));
    }
    return true;
  }

  /** Puts the documents in file-name order, which is the order resolution and emission want. */
  synchronized void sortByName() {
    slots.sort(Comparator.comparing(Slot::name));
  }

  /** How many documents wait on disk rather than in memory. */
  synchronized int spilled() {
    return (int) slots.stream().filter(s -> s.doc() == null).count();
  }

  @Override
  public MentionedDoc get(int index) {
    Slot slot;
    synchronized (this) {
      slot = slots.get(index);
    }
    return slot.doc() != null ? slot.doc() : read(slot);
  }

  @Override
  public synchronized int size() {
    return slots.size();
  }

  /** Deletes the spill file. */
  @Override
  public synchronized void close() {
    if (spill == null) {
      return;
    }
    try {
      spill.close();
      Files.deleteIfExists(spillFile);
    } catch (IOException e) {
      throw new UncheckedIOException(spillFile + ": cannot remove the spill file", e);
    }
  }

  /** Writes {@code bytes} at the end of the spill file; returns where they start. */
  private long append(byte[] bytes) {
    try {
      if (spill == null) {
        spillFile = Files.createTempFile(folder, "zonekg-docs-", ".spill");
        spill = FileChannel.open(spillFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE);
      }
      long start = spillEnd;
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        spillEnd += spill.write(buffer, spillEnd);
      }
      return start;
    } catch (IOException e) {
      throw new ZonekgException(folder + ": cannot keep extracted documents there (" + e.getClass().getSimpleName()
          + ": " + e.getMessage() + "); point java -Djava.io.tmpdir at a folder with room", e);
    }
  }

  private MentionedDoc read(Slot slot) {
    ByteBuffer buffer = ByteBuffer.allocate(slot.length());
    try {
      long at = slot.position();
      while (buffer.hasRemaining()) {
        int n = spill.read(buffer, at);
        if (n < 0) {
          throw new IOException("spill file ends early");
        }
        at += n;
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(buffer.array()))) {
        return (MentionedDoc) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new ZonekgException(spillFile + ": cannot read back " + slot.name() + " (" + e.getMessage() + ")", e);
    }
  }

  private static byte[] serialize(MentionedDoc doc) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(doc.name() + ": cannot serialise", e);
    }
    return bytes.toByteArray();
  }
}
