package zonekg.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import zonekg.ingest.ByteSize;
import zonekg.ingest.DocumentReader;

/** The {@code --max-file-size} option of every command that may read documents: larger files are skipped. */
final class FileSizeOption {
  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Skip documents larger than SIZE, e.g. 200M or 1G (default: ${DEFAULT-VALUE}, at most 1 GiB).")
  private ByteSize maxFileSize = new ByteSize(DocumentReader.DEFAULT_MAX_FILE_BYTES);

  /** The limit in bytes. */
  long bytes() {
    return maxFileSize.bytes();
  }

  /** A document reader with this limit. */
  DocumentReader reader() {
    return DocumentReader.create().maxFileBytes(maxFileSize.bytes()).build();
  }

  /** Reads {@code 64M}, {@code 1G}, {@code 500000}; refuses more than {@link DocumentReader#MAX_MAX_FILE_BYTES}. */
  static final class SizeConverter implements ITypeConverter<ByteSize> {
    @Override
    public ByteSize convert(String value) {
      ByteSize size;
      try {
        size = ByteSize.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
      if (size.bytes() > DocumentReader.MAX_MAX_FILE_BYTES) {
        throw new TypeConversionException("'" + value + "' is more than "
            + new ByteSize(DocumentReader.MAX_MAX_FILE_BYTES) + ", the most one document may have");
      }
      return size;
    }
  }
}
