package zonekg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTrieTest {
  private final NameTrie trie = NameTrie.of(List.of("天津", "天津市", "津市", "滨海新区", ""));

  @Test
  void findsTheLongestNameStartingAtAPosition() {
    assertThat(trie.longestAt("天津市综保区", 0)).isEqualTo(3);
    assertThat(trie.longestAt("天津市综保区", 1)).isEqualTo(2);
    assertThat(trie.longestAt("在天津滨海新区", 3)).isEqualTo(4);
  }

  @Test
  void keepsTheLongestNameWhenALongerPrefixLeadsNowhere() {
    assertThat(trie.longestAt("天津市场", 0)).isEqualTo(3);
    assertThat(trie.longestAt("滨海新", 0)).isZero();
  }

  @Test
  void findsNothingElsewhereOrPastTheEnd() {
    assertThat(trie.longestAt("高新区", 0)).isZero();
    assertThat(trie.longestAt("天津", 2)).isZero();
    assertThat(trie.longestAt("", 0)).isZero();
  }
}
