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
      "引进", "搭建", "获批", "入选", "获评", "培育", "支持", "聚焦", "深化", "加快", "做强", "做大", "等", "位于", "是",
      "签约", "落地", "开工", "实施", "启动", "落户", "有", "为");
  /** Single characters that only open a phrase as a preposition or adverb (以X为, 在X). */
  private static final Set<String> SHORT_STOP_TAGS = Set.of("d", "p");
  private static final String BRACKETS = "()（）";
  private static final Set<String> PROPER_TAGS = Set.of("nr", "nrf", "nrj", "nz", "ns", "nsf", "nt", "ntc", "ng", "j");
  private static final Set<String> CONJUNCTIONS = Set.of("和", "及", "与", "以及");
  private static final int MAX_ITEM = 20;
  /**
   * "今年以来，某某高新区A科技、B电子等": the zone opening the first item is the sentence's
   * subject. Parks and bases keep it (某某高新区信息通信产业基地 names a base of that zone).
   */
  private static final java.util.regex.Pattern LEADING_ZONE =
      java.util.regex.Pattern.compile("^\\p{IsHan}{2,8}?(?:高新区|经开区|开发区|综保区|新区)(?=\\p{IsHan}{2,})");
  private static final java.util.regex.Pattern CARRIER =
      java.util.regex.Pattern.compile("(?:园|园区|基地|中心|谷|城|港|大厦|项目|平台|实验室|研究院)$");

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
      int begin = afterLastStop(sentence, q + 1, pos - 2, true);
      String first = text.substring(begin, pos);
      java.util.regex.Matcher zone = LEADING_ZONE.matcher(first);
      if (!CARRIER.matcher(first).find() && zone.lookingAt()) {
        begin += zone.end();
      }
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
    return afterLastStop(sentence, from, end, true);
  }

  /**
   * Where the noun phrase ending at {@code end} begins; with {@code verbsStop} false only the verbs
   * of {@link #LEFT_STOP_WORDS} end it, for names HanLP cuts into verbs (某某智/造新能源电机项目).
   */
  public static int afterLastStop(Sentence sentence, int from, int end, boolean verbsStop) {
    int base = sentence.span().begin();
    int begin = from;
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int tb = t.span().begin() - base;
      int te = t.span().end() - base;
      if (tb >= from && te <= end && isStop(t) && (verbsStop || !gluedVerb(tokens, i))) {
        begin = Math.max(begin, te);
      }
    }
    return begin;
  }

  /** A one-character "verb" right after a proper name is usually the name's last part (某某智/造). */
  private static boolean gluedVerb(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.pos().startsWith("v") && t.text().length() == 1 && !LEFT_STOP_WORDS.contains(t.text()) && i > 0
        && PROPER_TAGS.contains(tokens.get(i - 1).pos());
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
