package zonekg.extract.statistic;

/** The normalised unit a printed unit converts to (亿元 → CNY × 10⁸). */
public enum BaseUnit {
  /** Chinese yuan. */
  CNY("CNY"),
  /** US dollar. */
  USD("USD"),
  /** Euro (德资项目投资9500万欧元). */
  EUR("EUR"),
  /** Hong Kong dollar (港元, 港币). */
  HKD("HKD"),
  /** Japanese yen. */
  JPY("JPY"),
  /** Per cent; the value stays in percent (16.7 % → 16.7). */
  PERCENT("percent"),
  /** A plain fraction of a whole (1/7 → 0.142857). */
  FRACTION("fraction"),
  /** Difference of two percentages. */
  PERCENTAGE_POINT("percentage_point"),
  /** Number of things or people. */
  COUNT("count"),
  /** Place in a ranking. */
  RANK("rank"),
  /** Multiple of a reference. */
  TIMES("times"),
  /** Square metres. */
  M2("m2"),
  /** Mu, the Chinese land unit. */
  MU("mu"),
  /** Yuan per mu of land, the measure of land use (亩均税收52.4万元/亩). */
  CNY_PER_MU("CNY_per_mu"),
  /** Metric tonnes. */
  TONNE("tonne"),
  /** Kilograms (亩产618公斤, 良种3600万公斤). */
  KG("kg"),
  /** Cubic metres: of gas, water or building blocks (回收煤气8.6亿立方米). */
  M3("m3"),
  /** Litres: of a bioreactor or a plant's liquid output (抗体药物年产能3万升). */
  LITRE("L"),
  /** Kilometres: of road, rail or pipe, or driven in tests (累计测试里程3800万公里). */
  KM("km"),
  /** Kilowatt-hours. */
  KWH("kWh"),
  /** Kilowatts of power, or of a plant's capacity (光伏组件产能5GW). */
  KW("kW"),
  /** Computing power in petaflops, as data centres state it (智能算力3000PFlops, 算力规模1200P). */
  PFLOPS("PFLOPS"),
  /** Points of an index. */
  POINT("point"),
  /** Years of age. */
  AGE("age"),
  /** Hours a procedure takes (通关时间压缩至2小时). */
  HOUR("hour"),
  /** Calendar days a procedure takes (从签约到开工45天). */
  DAY("day"),
  /** Working days, which are no fixed number of calendar days (企业开办1个工作日). */
  WORKING_DAY("working_day");

  private final String label;

  BaseUnit(String label) {
    this.label = label;
  }

  /** Whether the unit is a currency, whose figures are sums of money. */
  public boolean isMoney() {
    return this == CNY || this == USD || this == EUR || this == HKD || this == JPY;
  }

  /** The name the graph and the evaluation use (CNY, percent, percentage_point …). */
  public String label() {
    return label;
  }
}
