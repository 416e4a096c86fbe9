package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchPipeTest {
  @Test
  void everyItemReachesTheSinkInOrderInBatchesOnAnotherThread() {
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    Set<Thread> threads = ConcurrentHashMap.newKeySet();

    BatchPipe.drain(IntStream.range(0, 1000).boxed().iterator(), 64, batch -> {
      threads.add(Thread.currentThread());
      sizes.add(batch.size());
      seen.addAll(batch);
    });

    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 1000).boxed().toList());
    assertThat(sizes).allMatch(n -> n <= 64).hasSize(16);
    assertThat(threads).singleElement().isNotEqualTo(Thread.currentThread());
  }

  @Test
  void aSourceOfOneBatchIsConsumedOnTheCallersThread() {
    List<Thread> threads = new ArrayList<>();

    BatchPipe.drain(List.of(1, 2, 3).iterator(), 64, batch -> threads.add(Thread.currentThread()));

    assertThat(threads).containsExactly(Thread.currentThread());
  }

  @Test
  void aFailingSinkStopsAnEndlessSourceWithItsOwnException() {
    Iterator<Integer> endless = Stream.iterate(0, i -> i + 1).iterator();

    assertThatThrownBy(() -> BatchPipe.drain(endless, 8, batch -> {
      throw new IllegalStateException("client went away");
    })).isInstanceOf(IllegalStateException.class).hasMessage("client went away");
  }

  @Test
  void aFailureReturnsOnlyOnceTheSinkHasLetGo() {
    AtomicBoolean writing = new AtomicBoolean();
    Iterator<Integer> failing = Stream.iterate(0, i -> i + 1).map(i -> {
      if (i == 40) {
        throw new IllegalArgumentException("query cancelled");
      }
      return i;
    }).iterator();

    assertThatThrownBy(() -> BatchPipe.drain(failing, 8, batch -> {
      writing.set(true);
      // a write to a slow client, which an interrupt does not cut short
      long until = System.nanoTime() + 50_000_000;
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      writing.set(false);
    })).isInstanceOf(IllegalArgumentException.class);
    assertThat(writing).isFalse();
  }

  @Test
  void aFailingSourceIsThrownAndTheSinkGetsNothingAfterIt() {
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    Iterator<Integer> failing = Stream.iterate(0, i -> i + 1).map(i -> {
      if (i == 100) {
        throw new IllegalArgumentException("query cancelled");
      }
      return i;
    }).iterator();

    assertThatThrownBy(() -> BatchPipe.drain(failing, 8, seen::addAll))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("query cancelled");
    assertThat(seen).allMatch(i -> i < 96);
  }
}
