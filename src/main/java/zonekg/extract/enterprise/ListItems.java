package zonekg.extract.enterprise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.Token;

/**
 * The items of an enumeration ending at a given point: "培育出A、B和C等" → A, B, C. The first
 * item starts after the last verb, preposition or particle before it.
 */
public final class ListItems {
  private static final String HARD_STOPS = "、，,。；;：:！？!?“”\"《》【】\t";
  /** Parts of speech that end a noun phrase on its left: verbs, prepositions, particles, adverbs, pronouns. */
  private static final Set<String> LEFT_STOPS = Set.of("v", "vi", "vshi", "vyou", "vf", "vx", "p", "pba", "pbei",
      "u", "ude1", "ude2", "ude3", "ule", "uguo", "uzhe", "usuo", "c", "cc", "d", "r", "rr", "rz", "ry", "rzv", "ryv",
      "w", "f", "m", "mq", "q", "qv", "qt", "t", "udeng", "uyy", "udh", "uls", "uzhi", "ulian");
  /** Verbs HanLP often tags as nouns (vn) but that never open a name: 建设X, 依托X. */
  private static final Set<String> LEFT_STOP_WORDS = Set.of("建设", "打造", "推进", "推动", "建立", "成立", "依托", "围绕",
      "引进", "搭建", "获批", "入选", "获评", "培育", "支持", "聚焦", "深化", "加快", "做强", "做大", "等");
  /** Single characters that only open a phrase as a preposition or adverb (以X为, 在X). */
  private static final Set<String> SHORT_STOP_TAGS = Set.of("d", "p");
  private static final String BRACKETS = "()（）";
  private static final Set<String> CONJUNCTIONS = Set.of("和", "及", "与", "以及");
  private static final int MAX_ITEM = 20;

  private ListItems() {}

  /** Item spans, relative to the sentence, of the enumeration that ends at {@code end}. */
  public static List<Span> endingAt(Sentence sentence, int end) {
    String text = sentence.text();
    List<Span> items = new ArrayList<>();
    int pos = end;
    while (pos > 0) {
      int q = pos - 1;
      while (q >= 0 && HARD_STOPS.indexOf(text.charAt(q)) < 0) {
        q--;
      }
      if (q >= 0 && text.charAt(q) == '、') {
        items.addAll(splitConjunctions(sentence, new Span(q + 1, pos)));
        pos = q;
        continue;
      }
      int begin = afterLastStop(sentence, q + 1, pos);
      if (begin < pos) {
        items.addAll(splitConjunctions(sentence, new Span(begin, pos)));
      }
      break;
    }
    Collections.reverse(items);
    return items.stream().filter(s -> s.length() >= 2 && s.length() <= MAX_ITEM).toList();
  }

  /** Where the noun phrase ending at {@code end} begins, at or after {@code from}. */
  public static int afterLastStop(Sentence sentence, int from, int end) {
    int base = sentence.span().begin();
    int begin = from;
    for (Token t : sentence.tokens()) {
      int tb = t.span().begin() - base;
      int te = t.span().end() - base;
      if (tb >= from && te <= end && isStop(t)) {
        begin = Math.max(begin, te);
      }
    }
    return begin;
  }

  /** Brackets inside a name (某某(山东)工程机械公司) do not end it. */
  private static boolean isStop(Token t) {
    if (BRACKETS.contains(t.text())) {
      return false;
    }
    return LEFT_STOPS.contains(t.pos()) || CONJUNCTIONS.contains(t.text()) || LEFT_STOP_WORDS.contains(t.text())
        || t.text().length() == 1 && SHORT_STOP_TAGS.contains(t.pos());
  }

  /** A、B和C: the last item holds two names joined by a conjunction. */
  private static List<Span> splitConjunctions(Sentence sentence, Span item) {
    int base = sentence.span().begin();
    List<Span> out = new ArrayList<>();
    int end = item.end();
    for (int i = sentence.tokens().size() - 1; i >= 0; i--) {
      Token t = sentence.tokens().get(i);
      int tb = t.span().begin() - base;
      int te = t.span().end() - base;
      if (tb > item.begin() && te < end && CONJUNCTIONS.contains(t.text()) && t.pos().startsWith("c")) {
        out.add(new Span(te, end));
        end = tb;
      }
    }
    out.add(new Span(item.begin(), end));
    return out;
  }
}
