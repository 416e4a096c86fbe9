package zonekg.pipeline;

import zonekg.extract.DocumentExtractor;
import zonekg.extract.EntityExtractor;
import zonekg.extract.region.Gazetteer;
import zonekg.extract.statistic.StatisticExtractor;
import zonekg.extract.zone.NationalZones;
import zonekg.ingest.DocumentReader;
import zonekg.normalise.Normaliser;
import zonekg.resolve.Resolver;
import zonekg.segment.HeadlineArticleSplitter;
import zonekg.segment.Segmenter;

/** zonekg's own stages, in pipeline order. */
final class StandardStages {
  private StandardStages() {}

  static Pipeline.Builder into(Pipeline.Builder b) {
    Gazetteer gazetteer = Gazetteer.get();
    return b.reader(DocumentReader.create().build())
        .normaliser(new Normaliser())
        .segmenter(new Segmenter(new HeadlineArticleSplitter()))
        .extractor(new DocumentExtractor(new EntityExtractor(gazetteer), new StatisticExtractor()))
        .resolver(new Resolver(gazetteer, NationalZones.get()));
  }
}
