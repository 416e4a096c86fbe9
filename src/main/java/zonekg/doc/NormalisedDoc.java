package zonekg.doc;

import java.io.Serializable;

/** A source document with PDF extraction noise removed, and the way back to source offsets. */
public record NormalisedDoc(SourceDoc source, String text, OffsetMap offsets) implements Serializable {
  public NormalisedDoc {
    Checks.argument(offsets.length() == text.length(),
        "%s: offset map covers %d characters, text has %d", source.name(), offsets.length(), text.length());
  }

  public String name() {
    return source.name();
  }
}
