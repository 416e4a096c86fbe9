package zonekg.extract;

import java.util.Set;
import zonekg.doc.ReferenceLists;

/**
 * Words that name industries and products (zonekg/dict/industry-words.txt). A phrase spelt out of them alone
 * (氢能装备, 生物医药原料药) names a kind of thing; one holding any other word (蓝鲸储能) names one thing, its brand
 * the word the list does not hold.
 */
public final class IndustryWords {
  private static final String RESOURCE = "/zonekg/dict/industry-words.txt";
  private static final Set<String> WORDS = Set.copyOf(ReferenceLists.readEntries(RESOURCE));
  private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

  private IndustryWords() {}

  /**
   * Whether {@code phrase} is a sequence of industry words and nothing else, however HanLP cut it (氢/能/装备 and
   * 高/端面/料 are read as 氢能 装备 and 高端 面料).
   */
  public static boolean spellsOut(String phrase) {
    boolean[] reached = new boolean[phrase.length() + 1];
    reached[0] = true;
    for (int from = 0; from < phrase.length(); from++) {
      if (!reached[from]) {
        continue;
      }
      for (int to = from + 1; to <= Math.min(phrase.length(), from + LONGEST); to++) {
        reached[to] |= WORDS.contains(phrase.substring(from, to));
      }
    }
    return !phrase.isEmpty() && reached[phrase.length()];
  }
}
