package zonekg.pipeline;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/** The heap Java was given, as the user gave it ({@code -Xmx1g}: 1024 MiB), for messages about memory. */
public final class HeapSize {
  private static final long GIVEN_MIB = given() >> 20;

  private HeapSize() {}

  /**
   * In MiB. Known when the class loads: by the time memory has run out, reading it may fail.
   */
  public static long givenMiB() {
    return GIVEN_MIB;
  }

  // Runtime.maxMemory() leaves out a survivor space under the parallel collector: 114 MiB of -Xmx128m.
  private static long given() {
    HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    if (hotspot == null) {
      return Runtime.getRuntime().maxMemory();
    }
    return Long.parseLong(hotspot.getVMOption("MaxHeapSize").getValue());
  }
}
