package zonekg.extract;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A fixed set of names, found by the longest one that starts at a position of a text. Walking the text's characters
 * down a tree of the names' characters costs no string per candidate length; looking each length up in a hash set
 * did, at every character of every sentence.
 */
public final class NameTrie {
  private final char[] keys;
  private final NameTrie[] children;
  private final boolean endsName;

  private NameTrie(TreeMap<Character, TreeSet<String>> byFirst, boolean endsName) {
    this.endsName = endsName;
    keys = new char[byFirst.size()];
    children = new NameTrie[byFirst.size()];
    int i = 0;
    for (var e : byFirst.entrySet()) {
      keys[i] = e.getKey();
      children[i++] = of(e.getValue());
    }
  }

  /** A trie of {@code names}; the empty name is ignored. */
  public static NameTrie of(Collection<String> names) {
    TreeMap<Character, TreeSet<String>> byFirst = new TreeMap<>();
    boolean endsName = false;
    for (String name : names) {
      if (name.isEmpty()) {
        endsName = true;
        continue;
      }
      byFirst.computeIfAbsent(name.charAt(0), c -> new TreeSet<>()).add(name.substring(1));
    }
    return new NameTrie(byFirst, endsName);
  }

  /** Length of the longest name starting at {@code from} in {@code text}, or 0. */
  public int longestAt(CharSequence text, int from) {
    int longest = 0;
    NameTrie node = this;
    for (int at = from; at < text.length(); at++) {
      int i = Arrays.binarySearch(node.keys, text.charAt(at));
      if (i < 0) {
        break;
      }
      node = node.children[i];
      if (node.endsName) {
        longest = at + 1 - from;
      }
    }
    return longest;
  }
}
