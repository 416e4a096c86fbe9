package zonekg.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import zonekg.vocab.ZK;

/** The {@code --base} option of every command that may build: where the IRIs of zones, documents and statistics live. */
final class IriBaseOption {
  @Option(names = "--base", paramLabel = "IRI", converter = BaseConverter.class,
      description = {"Base of the IRIs a build mints (default: ${DEFAULT-VALUE}).",
          "With serve, http://HOST:PORT/id/ makes every IRI open its entity page."})
  private String base = ZK.DATA_BASE;

  String base() {
    return base;
  }

  /** An absolute IRI ending in / or #, so that names can follow it. */
  static final class BaseConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!value.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+[/#]")) {
        throw new TypeConversionException("'" + value + "' is not an absolute IRI ending in / or #");
      }
      return value;
    }
  }
}
