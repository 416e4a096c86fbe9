package zonekg.serve;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import zonekg.store.Stores;

class ZoneServerTest {
  @Test
  void buildChecksItsSettings() {
    assertThatThrownBy(() -> ZoneServer.create().build()).hasMessage("dataset is null");
    assertThatThrownBy(() -> ZoneServer.create().dataset(Stores.memory()).port(65_536).build())
        .hasMessage("port 65536 outside 0..65535");
    assertThatThrownBy(() -> ZoneServer.create().dataset(Stores.memory()).timeout(Duration.ZERO).build())
        .hasMessage("query timeout PT0S is not positive");
    assertThatThrownBy(() -> ZoneServer.create().dataset(Stores.memory()).host(" ").build())
        .hasMessage("empty host");
  }
}
