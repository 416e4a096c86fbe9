package zonekg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {
  @ParameterizedTest
  @CsvSource({
      "500000, 500000",
      "500000B, 500000",
      "64k, 65536",
      "64M, 67108864",
      "64MB, 67108864",
      "64 MiB, 67108864",
      "200mb, 209715200",
      "1G, 1073741824",
      "2T, 2199023255552"})
  void readsSizesAsPeopleWriteThem(String text, long bytes) {
    assertThat(ByteSize.parse(text).bytes()).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "M", "64X", "-1", "1.5G", "64 M B", "ten"})
  void refusesWhatIsNotASize(String text) {
    assertThatThrownBy(() -> ByteSize.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + text + "' is not a size (e.g. 64M, 1G or a number of bytes)");
  }

  @ParameterizedTest
  @CsvSource({"0, '0' is not a positive size", "0M, '0M' is not a positive size",
      "9000000000T, '9000000000T' is too large"})
  void refusesZeroAndOverflow(String text, String message) {
    assertThatThrownBy(() -> ByteSize.parse(text)).hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource({"67108864, 64 MiB", "2048, 2 KiB", "1073741824, 1 GiB", "1000, 1000 bytes", "1536, 1536 bytes"})
  void printsTheLargestExactUnit(long bytes, String text) {
    assertThat(new ByteSize(bytes)).hasToString(text);
    assertThat(ByteSize.parse(text).bytes()).isEqualTo(bytes);
  }
}
