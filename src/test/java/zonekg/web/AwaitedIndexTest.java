package zonekg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class AwaitedIndexTest {
  /** An index that answers every search with no hits and counts the searches that reached it. */
  private final int[] searches = {0};
  private final TextIndex empty = (TextIndex) Proxy.newProxyInstance(TextIndex.class.getClassLoader(),
      new Class<?>[] {TextIndex.class}, (proxy, method, args) -> {
        searches[0]++;
        return List.of();
      });

  @Test
  void aSearchWaitsUntilTheIndexIsFilled() throws Exception {
    CompletableFuture<Void> filled = new CompletableFuture<>();
    AwaitedIndex index = new AwaitedIndex(empty, filled);

    CompletableFuture<List<TextHit>> hits = CompletableFuture.supplyAsync(
        () -> index.query(RDFS.label.asNode(), "研究院", null, null));
    Thread.sleep(200);
    boolean answeredEarly = hits.isDone();
    filled.complete(null);

    assertThat(answeredEarly).isFalse();
    assertThat(hits.get(10, TimeUnit.SECONDS)).isEmpty();
    assertThat(searches[0]).isEqualTo(1);
  }
}
