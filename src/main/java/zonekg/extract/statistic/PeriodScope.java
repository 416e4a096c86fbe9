package zonekg.extract.statistic;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.StatKind;

/**
 * What dates a figure whose clause gives no period: the period the article gave last, and the year it last named as
 * the time of its figures ("2023年，全区…", "截至2023年底").
 *
 * @param period the period label in scope, or null
 * @param year the year in scope as printed ("2023年"), or null
 */
record PeriodScope(String period, String year) {
  static final PeriodScope NONE = new PeriodScope(null, null);

  /** A year that dates what follows; "2023年以来" runs on into a later year, and "到2025年" looks ahead. */
  private static final Pattern NAMED_YEAR = Pattern.compile("^(?:截至)?(\\d{4}年)(?!.*以来)");
  private static final String LOOKING_AHEAD = "到至";
  /** Words that restate the year in scope: 全年, 当年, 年末, 年底 (but 年底前, a deadline). */
  private static final Pattern RESTATES_YEAR = Pattern.compile("(?:全|当)年|年(?:末|底)");
  /** 年末, 年底 open with the year's 年, which the year in scope then spells: 2023年末. */
  private static final String YEAR = "年";

  PeriodScope withPeriod(String label) {
    return new PeriodScope(label, year);
  }

  /** The scope after a sentence of {@code text} that gave the periods {@code given}. */
  PeriodScope afterNaming(String text, List<PeriodMention> given) {
    String named = year;
    for (PeriodMention p : given) {
      Matcher m = NAMED_YEAR.matcher(p.label());
      int at = p.span().begin();
      if (!p.comparand() && m.find() && (at == 0 || LOOKING_AHEAD.indexOf(text.charAt(at - 1)) < 0)) {
        named = m.group(1);
      }
    }
    return new PeriodScope(period, named);
  }

  /**
   * {@code label} as the year it restates: 全年 of a reported figure is the year in scope, 年末 its end. A goal's 全年
   * is the year under way, which the text may not have named, so it keeps its words.
   */
  String dated(String label, StatKind kind) {
    if (label == null || year == null || kind == StatKind.TARGET || !RESTATES_YEAR.matcher(label).matches()) {
      return label;
    }
    return label.startsWith(YEAR) ? year + label.substring(YEAR.length()) : year;
  }
}
