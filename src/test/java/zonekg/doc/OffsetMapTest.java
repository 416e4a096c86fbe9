package zonekg.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
  @Test
  void mapsEveryOffsetOfATextWithRemovedSpaces() {
    // source "作 为 济 南" (7 chars) normalised to "作为济南": characters at 0, 2, 4, 6, end 7
    OffsetMap map = OffsetMap.of(new int[] {0, 2, 4, 6, 7});

    assertThat(map.length()).isEqualTo(4);
    assertThat(new int[] {map.toSource(0), map.toSource(1), map.toSource(2), map.toSource(3), map.toSource(4)})
        .containsExactly(0, 2, 4, 6, 7);
    assertThat(map.toSource(new Span(1, 3))).isEqualTo(new Span(2, 5));
    assertThat(map.toSource(new Span(2, 2))).isEqualTo(new Span(4, 4));
  }

  @Test
  void anyNonDecreasingMapReadsBackExactly() {
    Random random = new Random(20261129);
    for (int round = 0; round < 200; round++) {
      int[] offsets = new int[1 + random.nextInt(300)];
      for (int i = 1; i < offsets.length; i++) {
        // mostly one step, as normalisation leaves most characters in place; sometimes a jump or a repeat
        int r = random.nextInt(10);
        offsets[i] = offsets[i - 1] + (r < 7 ? 1 : r < 9 ? 2 + random.nextInt(5) : 0);
      }
      OffsetMap map = OffsetMap.of(offsets);
      for (int i = 0; i < offsets.length; i++) {
        assertThat(map.toSource(i)).as("offset %d of round %d", i, round).isEqualTo(offsets[i]);
      }
    }
  }

  @Test
  void identityAndAnUnchangedExplicitMapAreEqual() {
    assertThat(OffsetMap.of(new int[] {0, 1, 2, 3})).isEqualTo(OffsetMap.identity(3));
    assertThat(OffsetMap.identity(3).toSource(3)).isEqualTo(3);
  }

  @Test
  void refusesDecreasingOffsetsAndOffsetsOutsideTheText() {
    assertThatThrownBy(() -> OffsetMap.of(new int[] {0, 2, 1})).hasMessageContaining("decrease at 2");
    assertThatThrownBy(() -> OffsetMap.identity(3).toSource(4)).hasMessageContaining("outside [0, 3]");
  }
}
