package zonekg.doc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the public reference lists shipped under {@code zonekg/dict}; a list that cannot be read stops the run. */
public final class ReferenceLists {
  private static final String COMMENT = "#";
  private ReferenceLists() {}

  /** Rows of a tab-separated resource after its header line, each with exactly {@code columns} cells. */
  public static List<String[]> readTsv(String resource, int columns) {
    List<String> lines = readLines(resource);
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] row = lines.get(i).split("\t", -1);
      if (row.length != columns) {
        throw new ConfigException(resource + ":" + (i + 1) + ": expected " + columns + " columns, got " + row.length
            + "; the dictionary cannot be loaded");
      }
      rows.add(row);
    }
    return rows;
  }

  /** The entries of a list of one entry a line: its non-blank lines, stripped, without those # starts (comments). */
  public static List<String> readEntries(String resource) {
    return readLines(resource).stream().map(String::strip).filter(l -> !l.startsWith(COMMENT)).toList();
  }

  /** The non-blank lines of a resource. */
  public static List<String> readLines(String resource) {
    InputStream in = ReferenceLists.class.getResourceAsStream(resource);
    if (in == null) {
      throw new ConfigException(resource + ": missing from the class path; the dictionary cannot be loaded");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": unreadable", e);
    }
  }
}
