package zonekg.extract;

import java.util.List;
import zonekg.doc.SegmentedDoc;

/** Finds one family of things in a segmented document: zones, enterprises, statistics … */
@FunctionalInterface
public interface Extractor<T> {
  List<T> extract(SegmentedDoc doc);
}
