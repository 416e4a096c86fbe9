package zonekg.extract.project;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage a sentence gives a project: the later of the verb of the project's own clause before it
 * (签约引进某某项目) and the clauses after it that state a stage, up to the next project (某某项目已开工，…),
 * else the stage of a heading clause that introduces projects (签约的4个项目分别为：…).
 */
final class StatusFinder {
  private static final String SENTENCE_END = "。；;！？!?";
  private static final String CLAUSE_END = "，,：:" + SENTENCE_END;
  private static final String PROJECT = "项目";
  private static final String AMONG_PROJECTS = "项目中";
  private static final String OF_WHICH = "其中";
  /** What follows a list item when more items, or 等 closing the list, come after it. */
  private static final String LIST_GOES_ON = "、等";
  /** "现场签约的4个项目分别为": a clause that announces the projects after the colon. */
  private static final Pattern INTRO = Pattern.compile("项目(?:分别)?(?:为|是|包括|有|如下)?[：:]");
  private static final Pattern ANAPHOR =
      Pattern.compile("(?:目前|当前|现在|同时)?(?:该|本|此|这一?个?|上述|整个|[两三四五六七八九十\\d]+个)?|是.*");
  private static final String STARTED = "开工";
  private static final Pattern BATCH =
      Pattern.compile("(?:集中|现场|一批|\\d+个|[两三四五六七八九十]+个)[^，。]{0,8}?项目|项目[^，。]{0,4}(?:集中|现场)");
  private static final Pattern VIEWED_FROM = Pattern.compile("从([^，,。；;]{0,8}项目)(?:来)?看");
  /** 与某公司签约: how a clause that ends in the signing ends, before the clause that says what was signed for. */
  private static final String SIGNED = "签约";
  /** The stage a clause only plans or hopes for is not the project's stage (即将竣工, 预计明年投产). */
  private static final Pattern FUTURE = Pattern.compile("(?:即将|预计|计划|拟于|力争|有望|将于|确保|明年|年内)\\S{0,10}$");
  /** 附：第三季度集中签约项目一览表, 开工项目清单（部分）, 签约项目清单如下：a caption over the rows of a list of projects. */
  private static final Pattern CAPTION = Pattern.compile(
      "项目(?:一览表?|清单|名单|名录|明细表?|汇总表?|情况表|计划表|表)(?:[（(][^）)]{0,24}[）)])?(?:如下)?[：:]?$");
  private static final Pattern ON_PROJECTS = Pattern.compile("项目(?:[（(][^）)]{0,24}[）)])?[：:]?$");

  private StatusFinder() {}

  /**
   * The stage for the project spanning [{@code begin}, {@code end}) of {@code text}, a sentence or a piece of one
   * cut at a semicolon; {@code context} holds what came before it.
   */
  static Optional<ProjectStatus> around(String text, int begin, int end, Context context) {
    return later(before(text, begin), after(text, end)).or(() -> introduced(text, begin))
        .or(() -> listAfter(text, end)).or(() -> among(text, begin, context)).or(() -> signedBefore(text, begin))
        .or(() -> current(context.caption())).or(() -> ofBatch(context.headline()));
  }

  /**
   * 12个项目集中签约, 一批重大项目集中开工: a headline over a batch of projects signed or started, not both, gives that
   * stage to each project the article names without one of its own.
   */
  private static Optional<ProjectStatus> ofBatch(String headline) {
    if (!BATCH.matcher(headline).find()) {
      return Optional.empty();
    }
    boolean signed = headline.contains(SIGNED);
    boolean started = headline.contains(STARTED);
    return signed == started ? Optional.empty()
        : Optional.of(signed ? ProjectStatus.SIGNED : ProjectStatus.UNDER_CONSTRUCTION);
  }

  /** Whether {@code line} captions a list of projects whose rows follow, and so gives them the stage it names. */
  static boolean isCaption(String line) {
    return CAPTION.matcher(line.strip()).find();
  }

  /** Whether the section {@code line} opens speaks of projects (二、集中开工项目（9个）), all at the stage it names. */
  static boolean isSectionOnProjects(String line) {
    return ON_PROJECTS.matcher(line.strip()).find();
  }

  /**
   * 某经开区与某公司签约，后者将投资36亿元建设某某项目: the clause right before the project's says who signed, and the
   * project's own clause builds what they signed for.
   */
  private static Optional<ProjectStatus> signedBefore(String text, int begin) {
    int clause = clauseStart(text, begin);
    return clause > 0 && text.substring(0, clause - 1).endsWith(SIGNED) && !text.substring(clause, begin)
        .contains(PROJECT) ? Optional.of(ProjectStatus.SIGNED) : Optional.empty();
  }

  /**
   * What precedes a sentence: the earlier pieces of the same sentence when a semicolon cut it (lists of projects
   * are, item by item), the whole sentence before, the caption over the list the sentence is a row of, or "", and
   * the headline of the article, or "" (also for null).
   */
  record Context(String earlierPieces, String previousSentence, String caption, String headline) {
    Context {
      headline = Objects.requireNonNullElse(headline, "");
    }
  }

  /**
   * The stage of the projects this one is picked from: 签约项目中，A项目…; 新签约项目23个，其中A项目…; 共有16个项目集中开工。
   * 其中，A项目…；B项目…; 部分签约项目如下：1.A项目…；2.B项目… (the group may be named before the sentence or piece).
   */
  private static Optional<ProjectStatus> among(String text, int begin, Context context) {
    String sentence = context.earlierPieces() + text;
    int at = context.earlierPieces().length() + begin;
    int amongProjects = sentence.lastIndexOf(AMONG_PROJECTS, at);
    int ofWhich = sentence.lastIndexOf(OF_WHICH, at);
    if (amongProjects >= 0 && amongProjects > ofWhich) {
      int end = amongProjects + PROJECT.length();
      return current(sentence.substring(clauseStart(sentence, end), end));
    }
    if (ofWhich >= 0) {
      String group = sentence.substring(0, ofWhich);
      if (group.chars().allMatch(c -> CLAUSE_END.indexOf(c) >= 0)) {
        group = context.previousSentence();
      }
      return lastStagedClause(group);
    }
    return heading(context.earlierPieces()).or(() -> viewedFrom(context.previousSentence()));
  }

  /** 从签约项目看，…。A项目…；B项目…: the sentence before surveys a group of projects, which the next one names. */
  private static Optional<ProjectStatus> viewedFrom(String previousSentence) {
    Matcher group = VIEWED_FROM.matcher(previousSentence);
    return group.lookingAt() ? current(group.group(1)) : Optional.empty();
  }

  /** The stage of the last heading over a list of projects: 部分签约项目如下：… */
  private static Optional<ProjectStatus> heading(String text) {
    int at = -1;
    Matcher intro = INTRO.matcher(text);
    while (intro.find()) {
      at = intro.start();
    }
    if (at < 0) {
      return Optional.empty();
    }
    int end = at + PROJECT.length();
    return current(text.substring(clauseStart(text, end), end));
  }

  /**
   * The stage of the last clause about projects that states one: in 签约项目中，外资项目7个 the group is the
   * signed projects, not the foreign ones.
   */
  private static Optional<ProjectStatus> lastStagedClause(String text) {
    int end = text.length();
    for (int i = text.length() - 1; i >= -1; i--) {
      if (i < 0 || CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
        String clause = text.substring(i + 1, end);
        Optional<ProjectStatus> stage = clause.contains(PROJECT) ? current(clause) : Optional.empty();
        if (stage.isPresent()) {
          return stage;
        }
        end = i;
      }
    }
    return Optional.empty();
  }

  private static int clauseStart(String text, int end) {
    int from = end;
    while (from > 0 && CLAUSE_END.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return from;
  }

  /**
   * "A项目、B项目均在开工之列", "A项目、B项目等32个项目集中开工": the stage said of a list after its last item is said
   * of each item.
   */
  private static Optional<ProjectStatus> listAfter(String text, int end) {
    if (end == text.length() || LIST_GOES_ON.indexOf(text.charAt(end)) < 0) {
      return Optional.empty();
    }
    int clauseEnd = end;
    while (clauseEnd < text.length() && CLAUSE_END.indexOf(text.charAt(clauseEnd)) < 0) {
      clauseEnd++;
    }
    int lastItem = text.lastIndexOf(PROJECT, clauseEnd - PROJECT.length());
    return current(text.substring(Math.max(end, lastItem + PROJECT.length()), clauseEnd));
  }

  /**
   * The latest stage the clauses after a project reach before the next project is named
   * (已建设完成，进入试生产阶段 → 试生产); a stage only announced (即将竣工) does not count.
   */
  static Optional<ProjectStatus> after(String text, int from) {
    int stop = stopAfter(text, from);
    int clause = from;
    ProjectStatus latest = null;
    for (int i = from; i <= stop; i++) {
      if (i == stop || CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
        ProjectStatus s = current(text.substring(clause, i)).orElse(null);
        if (s != null && (latest == null || s.ordinal() > latest.ordinal())) {
          latest = s;
        }
        clause = i + 1;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static Optional<ProjectStatus> later(Optional<ProjectStatus> a, Optional<ProjectStatus> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.or(() -> b);
    }
    return a.get().ordinal() >= b.get().ordinal() ? a : b;
  }

  /** The stage the verb of the clause before {@code begin} states (签约引进某某项目). */
  static Optional<ProjectStatus> before(String text, int begin) {
    String clause = text.substring(clauseStart(text, begin), begin);
    // A、B项目已投产、C项目: what is said of an earlier project is not said of this one
    int earlier = clause.lastIndexOf(PROJECT);
    return current(earlier < 0 ? clause : clause.substring(earlier + PROJECT.length()));
  }

  /**
   * The sentence's end, or the start of the clause naming the next project, whichever comes first: where what is said
   * of the project named before {@code from} ends.
   */
  static int stopAfter(String text, int from) {
    int end = from;
    while (end < text.length() && SENTENCE_END.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    int next = text.indexOf(PROJECT, from);
    while (next >= 0 && next < end && isAnaphor(text, next)) {
      next = text.indexOf(PROJECT, next + PROJECT.length());
    }
    if (next < 0 || next >= end) {
      return end;
    }
    int clause = next;
    while (clause > from && CLAUSE_END.indexOf(text.charAt(clause - 1)) < 0) {
      clause--;
    }
    return clause;
  }

  /**
   * 该项目, 项目 opening a clause, 两个项目, 是…最大的签约项目: the 项目 at {@code at} refers back to a project, or
   * says what it is, and names no other.
   */
  private static boolean isAnaphor(String text, int at) {
    return ANAPHOR.matcher(text.substring(clauseStart(text, at), at)).matches();
  }

  private static Optional<ProjectStatus> introduced(String text, int begin) {
    int colon = begin;
    while (colon > 0 && "：:".indexOf(text.charAt(colon - 1)) < 0) {
      if (SENTENCE_END.indexOf(text.charAt(colon - 1)) >= 0) {
        return Optional.empty();
      }
      colon--;
    }
    if (colon == 0) {
      return Optional.empty();
    }
    int from = colon - 1;
    while (from > 0 && CLAUSE_END.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    String heading = text.substring(from, colon);
    Matcher m = INTRO.matcher(heading);
    return m.find() ? current(heading.substring(0, m.start())) : Optional.empty();
  }

  /** The stage a clause states, unless it only announces one for later. */
  private static Optional<ProjectStatus> current(String clause) {
    Optional<ProjectStatus> s = ProjectStatus.in(clause);
    if (s.isEmpty()) {
      return s;
    }
    Matcher m = ProjectStatus.phraseOf(s.get()).matcher(clause);
    return m.find() && FUTURE.matcher(clause.substring(0, m.start())).find() ? Optional.empty() : s;
  }
}
