package io.github.sponsorsdk.sms.xml.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The official BDT files kept as test data in {@code src/test/resources/official} (the v2.1 XSD and the 13 GOV.UK
 * example files; provenance and checksums in that folder's README).
 */
public final class Reference {
  private Reference() {}

  /** The folder holding {@code BulkDataCommon-v2.1.xsd}, {@code BulkDataCASUpload-General-v2.1.xsd} and examples. */
  public static Path bdt() {
    URL url = Reference.class.getResource("/official/BulkDataCommon-v2.1.xsd");
    if (url == null) {
      throw new IllegalStateException("test resources /official are missing");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The official example {@code name} (e.g. {@code "1. SELT required.xml"}). */
  public static Path example(String name) {
    return bdt().resolve("examples").resolve(name);
  }
}
