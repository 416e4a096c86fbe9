package zonekg.extract.statistic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest
  @CsvSource({"两,2", "十,10", "十四,14", "二十,20", "百,100", "三百零五,305", "千,1000", "两千三百四十五,2345",
      "九千九百九十九,9999", "五,5"})
  void parsesNumerals(String text, int value) {
    assertThat(ChineseNumerals.parse(text)).contains(BigDecimal.valueOf(value));
  }

  @ParameterizedTest
  @CsvSource({"三五", "十百", "百千", "甲"})
  void rejectsMalformedNumerals(String text) {
    assertThat(ChineseNumerals.parse(text)).isEmpty();
  }

  /** Every value below ten thousand, written out the standard way, reads back as itself. */
  @Test
  void roundTripsEveryValueBelowTenThousand() {
    for (int n = 1; n < 10_000; n++) {
      assertThat(ChineseNumerals.parse(write(n))).as(write(n)).contains(BigDecimal.valueOf(n));
    }
  }

  private static String write(int n) {
    String digits = "零一二三四五六七八九";
    String[] scales = {"千", "百", "十", ""};
    int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int k = 0; k < 4; k++) {
      if (parts[k] == 0) {
        zero = out.length() > 0;
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      out.append(digits.charAt(parts[k])).append(scales[k]);
    }
    return out.toString();
  }
}
