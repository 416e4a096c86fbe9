package zonekg.extract.project;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stages of a project in the order they happen, with the phrases that state them. */
public enum ProjectStatus {
  SIGNED("签约", "签约|签订"),
  APPROVED("立项", "立项"),
  PLANNED("拟建", "拟建"),
  PREPARING("筹备", "筹备|筹建|开工前准备"),
  STARTED("启动", "启动"),
  LANDED("落地", "落地|落户"),
  // progress on the way, such as an investment partly spent (已完成投资的62%), the shell built or the machines being
  // set up, is a project under construction
  UNDER_CONSTRUCTION("在建", "在建|开工(?!前)|动工|封顶|施工(?!许可)|主体(?:工程|结构|厂房|建设)|设备安装|(?:安装|设备)调试"
      + "|完成投资"),
  SPEEDING_UP("加快建设", "加(?:快|紧)(?:建设|推进)"),
  BUILT("建成", "建成|建设完成|竣工|完工"),
  TRIAL("试生产", "试生产|试运行"),
  IN_PRODUCTION("投产", "投产|达产|满产|量产"),
  OPERATING("投入运营", "投入运营|运营|投用|投入使用");

  private static final String AFTER = "后";

  private final String label;
  private final Pattern phrase;

  ProjectStatus(String label, String phrase) {
    this.label = label;
    this.phrase = Pattern.compile(phrase);
  }

  /** The stage as the guidelines print it (投入运营). */
  public String label() {
    return label;
  }

  /** The phrases that state {@code status}. */
  static Pattern phraseOf(ProjectStatus status) {
    return status.phrase;
  }

  /**
   * The stage a predicate states; for a combined predicate (建成投产) the later stage. Only the
   * first clause counts: the next clause is about something else.
   */
  public static Optional<ProjectStatus> in(String predicate) {
    ProjectStatus latest = null;
    for (ProjectStatus s : List.of(values())) {
      if (states(s.phrase.matcher(predicate), predicate) && (latest == null || s.ordinal() > latest.ordinal())) {
        latest = s;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Whether a phrase states a stage reached: 建成后将新增… and 投产后 look ahead to it. */
  private static boolean states(Matcher m, String predicate) {
    while (m.find()) {
      if (!predicate.startsWith(AFTER, m.end())) {
        return true;
      }
    }
    return false;
  }
}
