package zonekg.store;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Items made on the caller's thread and consumed, in batches and in order, on another, so that making and
 * consuming share two cores: a query finds its rows on the thread that holds its transaction while another
 * writes them. A source that fits in one batch is consumed on the caller's thread, with no hand-over.
 * <pre>
 *   BatchPipe.drain(rows, 256, batch -&gt; batch.forEach(this::write));
 * </pre>
 */
final class BatchPipe {
  /** Batches made ahead of the consumer: enough to ride out its pauses, few enough to bound memory. */
  private static final int DEPTH = 16;
  private static final long WAIT_MS = 50;
  /** How long a failure waits for the consumer to finish the batch it is writing. */
  private static final long STOP_WAIT_S = 10;
  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
  private static final ExecutorService CONSUMERS = Executors.newCachedThreadPool(task -> {
    Thread t = new Thread(task, "zonekg-batch-consumer-" + THREAD_NUMBER.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private BatchPipe() {}

  /**
   * Passes every item of {@code source} to {@code sink}, {@code size} at a time, and returns when the sink has
   * taken the last; whatever the source or the sink throws is thrown here, and stops the other.
   */
  static <T> void drain(Iterator<T> source, int size, Consumer<List<T>> sink) {
    List<T> first = take(source, size);
    if (!source.hasNext()) {
      sink.accept(first);
      return;
    }
    BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(DEPTH);
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch stopped = new CountDownLatch(1);
    Future<?> consumer = CONSUMERS.submit(() -> {
      try {
        for (List<T> batch = queue.take(); !batch.isEmpty() && !stop.get(); batch = queue.take()) {
          sink.accept(batch);
        }
        return null;
      } finally {
        stopped.countDown();
      }
    });
    boolean done = false;
    try {
      put(queue, first, consumer);
      while (source.hasNext()) {
        put(queue, take(source, size), consumer);
      }
      put(queue, List.of(), consumer);
      consumer.get();
      done = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while writing"));
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } finally {
      if (!done) {
        stop(consumer, stop, stopped);
      }
    }
  }

  /**
   * Stops the consumer and waits for it to let go of the sink, so that whoever handles the failure (Fuseki writing
   * its error) has the output to itself.
   */
  private static void stop(Future<?> consumer, AtomicBoolean stop, CountDownLatch stopped) {
    stop.set(true);
    consumer.cancel(true);
    try {
      stopped.await(STOP_WAIT_S, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> List<T> take(Iterator<T> source, int size) {
    List<T> batch = new ArrayList<>(size);
    while (batch.size() < size && source.hasNext()) {
      batch.add(source.next());
    }
    return batch;
  }

  /** Waits for room in the queue, unless the consumer has stopped, whose failure is then thrown. */
  private static <T> void put(BlockingQueue<List<T>> queue, List<T> batch, Future<?> consumer)
      throws InterruptedException, ExecutionException {
    while (!queue.offer(batch, WAIT_MS, TimeUnit.MILLISECONDS)) {
      if (consumer.isDone()) {
        consumer.get();
      }
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException e) {
      return e;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }
}
