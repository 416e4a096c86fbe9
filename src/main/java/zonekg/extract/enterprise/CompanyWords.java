package zonekg.extract.enterprise;

import java.util.List;
import java.util.regex.Pattern;

/** Lexicon of the words that mark company names and the names that are not companies. */
public final class CompanyWords {
  /** Legal forms, longest first (…有限责任公司 before …公司). */
  public static final List<String> LEGAL_SUFFIXES =
      List.of("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "集团", "公司");
  /** The role a company plays for a project, said right before its name (投资方某某有限公司, 运营单位为…). */
  public static final String PROJECT_ROLE = "(?:投资|建设|运营|承建|出资|合作)(?:方|单位|主体)(?:为|是)?";
  /** Business words that end a company's short name (韫茂科技, 齐鲁制药, 山推股份). */
  public static final List<String> BUSINESS_WORDS = List.of("科技", "技术", "电子", "机械", "股份", "制药", "药业",
      "电池", "资本", "数字", "智能", "信息", "网络", "软件", "控股", "实业", "能源", "材料", "新材", "生物", "医药",
      "汽车", "电气", "重工", "化工", "光电", "微电子", "通信", "物流", "传媒", "资管", "装备", "精密", "半导体", "储能", "新能源");
  /** Bodies that are not companies: government, schools, research, associations, funds, media. */
  public static final Pattern NOT_COMPANY = Pattern.compile(
      "管委会|管理委员会|委员会|政府|局$|厅$|办公室|大学|学院|学校|研究院|研究所|研究中心|实验室|协会|学会|联合会|商会"
          + "|基金$|报社|日报|电视台|中心$|党工委|工委$|部$|处$|法院|检察院");
  /** What opens the bracket in which a text declares a company's short name: （某某）, （以下简称“某某”）. */
  public static final String DECLARING_BRACKET = "[（(](?:以下简称|下称|简称)?[“\"]?";
  /** The short name a company declares in the bracket right after its full name: （某某农科）, （以下简称“某某”）. */
  public static final Pattern DECLARED_SHORT_NAME =
      Pattern.compile("\\s?" + DECLARING_BRACKET + "(\\p{IsHan}{2,8})[”\"]?[)）]");
  /** Words that make a whole name generic (该公司, 上市公司, 科创板上市公司, 金融资产管理公司). */
  public static final Pattern GENERIC = Pattern.compile(
      "^(?:[该本此这那各每一两多某首子分总母新老]|上市|国有|民营|外资|合资|独资|持证|龙头|骨干|重点|优质|科技型|创新型"
          + "|高新技术|相关|本地|外地|全资|控股|平台|投资|管理|资产|金融|服务|贸易|科技|技术|工程|建设|发展|运营|产业"
          + "|开发|信息|咨询|物业|担保|保险|证券|融资|租赁|基金|商业|实业|集团|中小|小微|大型|中型|家"
          + "|孵化|产业化|初创|创业|衍生|境内外|境内|境外|海外|科创板|创业板|主板|北交所|新三板|港股|美股|A股|规上|规模以上|工业|全区|全市|全省|全县|园区|区内"
          + "|建成后|投产后|达产后|届时|目前|当前|今年|明年|[一二三四]季度|上半年|下半年|全年|小|大|全"
          + "|占全?|向|对|给|为|与|和|及|损害|帮助|支持|服务于)*"
          + "(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|集团|公司)$");

  /**
   * A registered limited company's full name: a company even when it is called 研究院 or 中心
   * (某某设计研究院有限公司), and one whose projects are named after what they build. A group's name (某某集团) is also
   * its brand.
   */
  public static final Pattern REGISTERED = Pattern.compile("有限(?:责任)?公司$");

  private CompanyWords() {}

  /** {@code name} without the legal form it ends with (厦门某某科技有限公司 → 厦门某某科技), or as it is. */
  public static String withoutLegalForm(String name) {
    for (String suffix : LEGAL_SUFFIXES) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** Whether {@code text} ends with a legal form (某某科技有限公司, 某某集团). */
  public static boolean endsWithLegalSuffix(String text) {
    return LEGAL_SUFFIXES.stream().anyMatch(text::endsWith);
  }
}
