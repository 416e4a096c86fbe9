package zonekg.extract.statistic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import zonekg.doc.Article;
import zonekg.doc.Observation;

/**
 * Keeps one observation of a figure an article prints twice word for word, as a headline and its
 * body do ("上半年进出口总额增长30.2%" above "…进出口总额增长30.2%"): the later one goes when both
 * have the same subject, value, unit and kind and the same indicator and words right before the
 * number, or when one of them stands in the headline. A figure read from the headline goes when the body states
 * the same value in the same unit. A rounded restatement (超2000亿元 beside 2034.2亿元) stays.
 */
final class Repeats {
  /** How many characters before a number must agree for two statements to be the same words. */
  private static final int CONTEXT = 8;

  private Repeats() {}

  /** {@code found}, the observations of {@code article} in text order, without word-for-word repeats. */
  static List<Observation> dropRepeats(String text, Article article, List<Observation> found) {
    List<Observation> out = new ArrayList<>();
    for (Observation o : found) {
      if (fromHeadline(article, o) && inBody(article, found, o)) {
        continue;
      }
      int same = indexOfSame(text, article, out, o);
      if (same < 0) {
        out.add(o);
      } else if (inTitle(text, article, out.get(same)) && !inTitle(text, article, o)) {
        out.set(same, o);
      }
    }
    return out;
  }

  private static int indexOfSame(String text, Article article, List<Observation> kept, Observation o) {
    for (int k = 0; k < kept.size(); k++) {
      Observation p = kept.get(k);
      boolean sameFigure = p.subject().equals(o.subject()) && p.value().compareTo(o.value()) == 0
          && Objects.equals(p.unit(), o.unit()) && p.kind() == o.kind() && p.sentence() != o.sentence();
      boolean sameWords = p.indicator().equals(o.indicator()) && context(text, p).equals(context(text, o));
      if (sameFigure && (sameWords || inTitle(text, article, p)
          || inTitle(text, article, o))) {
        return k;
      }
    }
    return -1;
  }

  private static String context(String text, Observation o) {
    return text.substring(Math.max(0, o.number().begin() - CONTEXT), o.number().begin());
  }

  /** Whether the body states the headline's figure {@code o} too, maybe about another of its names. */
  private static boolean inBody(Article article, List<Observation> found, Observation o) {
    return found.stream().anyMatch(b -> !fromHeadline(article, b) && b.value().compareTo(o.value()) == 0
        && Objects.equals(b.unit(), o.unit()));
  }

  /** Whether {@code o} was read from the headline. */
  private static boolean fromHeadline(Article article, Observation o) {
    return article.headline() != null && o.sentence() == article.headline().index();
  }

  private static boolean inTitle(String text, Article article, Observation o) {
    if (article.title() == null) {
      return false;
    }
    int from = Math.max(0, o.number().begin() - CONTEXT);
    return article.title().contains(text.substring(from, o.number().end()));
  }
}
