package io.github.sponsorsdk.sms.xml.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.xml.io.BdtWriter;
import io.github.sponsorsdk.sms.xml.io.WriteOptions;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.schema.BdtSchemas;
import io.github.sponsorsdk.sms.xml.testing.BdtGen;
import io.github.sponsorsdk.sms.xml.testing.Reference;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.FindingCode;
import io.github.sponsorsdk.sms.xml.validate.FindingLayer;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The project's own General upload schema accepts exactly what the official v2.1 XSD accepts: both agree on the
 * official examples, on every document the project writes, and on a corpus of mutations aimed at each facet
 * (lengths, patterns, enumerations, the "STATELESS" literal, ISO 8859-1 ranges, order, cardinality, nil).
 */
class SchemaEquivalenceTest {

  static Schema official() throws SAXException {
    Path xsd = Reference.bdt().resolve("BulkDataCASUpload-General-v2.1.xsd");
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f.newSchema(xsd.toFile());
  }

  static boolean valid(Schema schema, String doc) {
    try {
      Validator v = schema.newValidator();
      v.validate(new StreamSource(new StringReader(doc)));
      return true;
    } catch (SAXException e) {
      return false;
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void bothAcceptTheOfficialExamples() throws Exception {
    Schema official = official();
    Schema own = BdtSchemas.schema(BdtFileKind.CAS_UPLOAD_GENERAL);
    try (var files = Files.list(Reference.bdt().resolve("examples"))) {
      List<Path> uploads = files.filter(p -> !p.getFileName().toString().startsWith("13.")).sorted()
          .collect(java.util.stream.Collectors.toList());
      assertThat(uploads).hasSize(12);
      for (Path p : uploads) {
        String doc = Files.readString(p, StandardCharsets.ISO_8859_1);
        assertThat(valid(official, doc)).as("official accepts %s", p).isTrue();
        assertThat(valid(own, doc)).as("own accepts %s", p).isTrue();
      }
    }
  }

  @Test
  void officialSchemaAcceptsWhatTheProjectWrites() throws Exception {
    Schema official = official();
    for (long seed = 1; seed <= 60; seed++) {
      BdtGen gen = BdtGen.seeded(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (BdtWriter w = BdtWriter.create(out, BdtFileKind.CAS_UPLOAD_GENERAL,
          gen.header(BdtFileKind.CAS_UPLOAD_GENERAL), WriteOptions.builder().indent(seed % 2 == 0).build())) {
        for (int i = 0; i < 3; i++) {
          w.write(gen.cas(false));
        }
      }
      Validator v = official.newValidator();
      final long s = seed;
      org.assertj.core.api.Assertions.assertThatCode(() -> v.validate(new StreamSource(
          new ByteArrayInputStream(out.toByteArray())))).as("seed %d", s).doesNotThrowAnyException();
    }
  }

  @Test
  void bothAgreeOnEveryMutation() throws Exception {
    Schema official = official();
    Schema own = BdtSchemas.schema(BdtFileKind.CAS_UPLOAD_GENERAL);
    String base = Files.readString(Reference.bdt().resolve("examples").resolve("1. SELT required.xml"),
        StandardCharsets.ISO_8859_1);
    List<String> docs = mutations(base);
    int rejected = 0;
    for (String doc : docs) {
      boolean o = valid(official, doc);
      assertThat(valid(own, doc)).as("own schema agrees with the official one on:%n%s", diff(base, doc)).isEqualTo(o);
      rejected += o ? 0 : 1;
    }
    // the corpus exercises both outcomes
    assertThat(rejected).isBetween(docs.size() / 4, docs.size() * 3 / 4);
  }

  /**
   * The streaming validator (schema without the three range patterns + the reader's own range check, see
   * BdtSchemas.streamingSchema) rejects exactly the mutations the official schema rejects.
   */
  @Test
  void streamingValidatorAgreesWithTheOfficialSchemaOnEveryMutation() throws Exception {
    Schema official = official();
    String base = Files.readString(Reference.bdt().resolve("examples").resolve("1. SELT required.xml"),
        StandardCharsets.ISO_8859_1).replace("encoding=\"ISO-8859-1\"", "encoding=\"UTF-8\"");
    BdtValidator validator = BdtValidator.of(ValidationOptions.on(java.time.LocalDate.of(2026, 11, 25)));
    for (String doc : mutations(base)) {
      ValidationReport r = validator.validate(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
      // RECORD_UNREADABLE: the schema accepts the record but the typed record cannot hold it (a 5-digit year, say);
      // it is still reported as an error, and never stands in for a schema finding.
      boolean rejected = r.findings().stream().anyMatch(f -> FindingCode.layerOf(f).orElseThrow() == FindingLayer.SCHEMA
          || f.is(io.github.sponsorsdk.sms.xml.validate.FindingCode.FILE_UNREADABLE));
      assertThat(rejected).as("streaming validator agrees with the official schema on:%n%s%n%s", diff(base, doc),
          r.findings()).isEqualTo(!valid(official, doc));
    }
  }

  /**
   * The official files have no Child root element, but the common schema has its content model
   * ({@code BulkFileUploadChildStructure}); a one-line wrapper around the official common schema and the project's
   * Child schema agree on Child files the project writes and on their mutations.
   */
  @Test
  void childSchemaAgreesWithTheOfficialChildStructure(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path common = Reference.bdt().resolve("BulkDataCommon-v2.1.xsd").toAbsolutePath();
    Path wrapper = dir.resolve("child-root.xsd");
    Files.writeString(wrapper, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:cmn=\""
        + "http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-common-200910\" targetNamespace=\""
        + "http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-upload-200910\" elementFormDefault=\"qualified\">"
        + "<xs:import namespace=\"http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-common-200910\" "
        + "schemaLocation=\"" + common.toUri() + "\"/><xs:element name=\"BulkFileUploadChildRootElement\" "
        + "type=\"cmn:BulkFileUploadChildStructure\"/></xs:schema>");
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    Schema official = f.newSchema(wrapper.toFile());
    Schema own = BdtSchemas.schema(BdtFileKind.CAS_UPLOAD_CHILD);
    for (long seed = 1; seed <= 30; seed++) {
      BdtGen gen = BdtGen.seeded(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (BdtWriter w = BdtWriter.create(out, BdtFileKind.CAS_UPLOAD_CHILD, gen.header(BdtFileKind.CAS_UPLOAD_CHILD),
          WriteOptions.builder().indent(false).build())) {
        w.write(gen.cas(true));
      }
      String doc = out.toString(StandardCharsets.ISO_8859_1);
      assertThat(valid(official, doc)).as("seed %d", seed).isTrue();
      List<String> docs = new ArrayList<>(List.of(doc,
          doc.replace("<Documentation>", "<EvidenceDetails/><Documentation>"),
          doc.replace("<Documentation>", "<WorkPlacementDetails/><Documentation>"),
          doc.replaceFirst("<FamilyName>[^<]*</FamilyName>", "<FamilyName>" + "x".repeat(36) + "</FamilyName>"),
          doc.replace("T4Child Ready To Go", "T4Child")));
      for (String d : docs) {
        assertThat(valid(own, d)).as("seed %d: %s", seed, diff(doc, d)).isEqualTo(valid(official, d));
      }
    }
  }

  private static String diff(String base, String doc) {
    int i = 0;
    while (i < base.length() && i < doc.length() && base.charAt(i) == doc.charAt(i)) {
      i++;
    }
    return "..." + doc.substring(Math.max(0, i - 40), Math.min(doc.length(), i + 80)) + "...";
  }

  static String set(String doc, String element, String value) {
    Matcher m = Pattern.compile("<" + element + ">[^<]*</" + element + ">").matcher(doc);
    assertThat(m.find()).as(element).isTrue();
    return doc.substring(0, m.start()) + "<" + element + ">" + value
        + "</" + element + ">" + doc.substring(m.end());
  }

  static List<String> mutations(String base) {
    List<String> d = new ArrayList<>();
    String[][] values = {
        {"Nationality", "AFG", "\"STATELESS\"", "STATELESS", "afg", "AF", "AFGH", " AFG"},
        {"Gender", "1", "2", "3", "0", "01", "x"},
        {"CountryOfBirth", "GEO", "GE0", "geo", "GEOR"},
        {"PostCode", "CR0 2DY", "CR02DY", "CR0  2DY", "GIR 0AA", "EC1A 1BB", "W1A 0AX", "Q1 1AA", "AI1 1AA"},
        {"SponsorLicenceNumber", "QHDGHB91X", "QHDGHB91Y", "qhdghb91x", "QHDGHB9", "QHDGHB910X"},
        {"CourseHoursPerWeek", "30", "30.5", "30.55", "168.0", "168.1", "-1", "0.0", "abc"},
        {"CourseFeesForFirstYearOnly", "7000", "7000.12", "7000.123", "999999999.99", "1000000000", "-1"},
        {"CourseStartDate", "2013-12-26", "2013-12-26Z", "2013-12-26+01:00", "2013-13-01", "26/12/2013"},
        {"FamilyName", "B", "", " ", "A\tB", "A\nB", "Zo\u00eb", "\u0085", "\u00ff", "\u0100",
            "x".repeat(35), "x".repeat(36)},
        {"AddressLine", "Lovelace Road", "Love#lace", "Caf\u00e9 Road", "1 & 2 {x} ~!@%()*+,-./:;=?^_'", "x".repeat(36),
            "<>"},
        {"City", "     Bracknell   ", "Bracknell$"},
        {"BulkUploadFileId", "oneBasicCAS", "a", "ab", "-ab", "a b.c-d_e", "x".repeat(50), "x".repeat(51)},
        {"SchemaID", "T4General Ready To Go", "T4Child Ready To Go", "T4General"},
        {"TierID", "Tier 4", "Tier 5"},
        {"Category", "General", "Child", "general"},
        {"ApplicantHasWorkPlacement", "true", "false", "1", "0", "yes"},
        {"WorkPlacementPercentage", "100", "0", "-5", "10.5", "9999999999999999999999"},
        {"DocumentsUsedToObtainOffer", "line1\nline2\r\n\tline3", "\u0085", ""},
        {"CurrentPreviousCourseLevelComparison", "SAME", "HIGHER", "LOWER", "same"},
        {"ProgressionJustification", "x".repeat(1000), "x".repeat(1001)},
        {"AcademicLevel", "SCQF10", "anything at all", "x".repeat(251)},
        {"SELTSpeakingLevel", "x".repeat(50), "x".repeat(51)},
    };
    for (String[] v : values) {
      for (int i = 1; i < v.length; i++) {
        d.add(set(base, v[0], v[i]));
      }
    }
    // structure: order, cardinality, choice, nil, namespaces
    d.add(base.replace("<GivenName>Gareth</GivenName>", ""));
    d.add(base.replace("<FamilyName>Barry</FamilyName>", ""));
    d.add(base.replace("<FamilyName>Barry</FamilyName>\r\n\t\t<GivenName>Gareth</GivenName>",
        "<GivenName>Gareth</GivenName><FamilyName>Barry</FamilyName>"));
    d.add(base.replace("<FamilyName>", "<UCAS_UKPASS_Id>1234567890</UCAS_UKPASS_Id><FamilyName>"));
    d.add(base.replace("<FamilyName>", "<UCAS_UKPASS_Id>2234567890</UCAS_UKPASS_Id><FamilyName>"));
    d.add(base.replace("<FamilyName>", "<ApplicationID>A1</ApplicationID><FamilyName>"));
    d.add(base.replace("<Year>1980</Year>", "<YearMonth>1980-07</YearMonth>"));
    d.add(base.replace("<Year>1980</Year>", "<FullDate>1980-07-14</FullDate>"));
    d.add(base.replace("<Year>1980</Year>", "<FullDate>1980-07-14Z</FullDate>"));
    d.add(base.replace("<Year>1980</Year>", "<Year>80</Year>"));
    d.add(base.replace("<Year>1980</Year>", "<Year>1980</Year><YearMonth>1980-07</YearMonth>"));
    d.add(base.replace("<AccomodationProvided>true</AccomodationProvided>",
        "<AccomodationProvided xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>"));
    d.add(base.replace("<AccomodationProvided>true</AccomodationProvided>",
        "<AccommodationProvided>true</AccommodationProvided>"));
    d.add(base.replace("<CourseFeeIncludesAccomodationCosts>", "<CourseFeeIncludesAccommodationCosts>")
        .replace("</CourseFeeIncludesAccomodationCosts>", "</CourseFeeIncludesAccommodationCosts>"));
    d.add(base.replace("<PostCode>RG12 8SN</PostCode>", ""));
    d.add(base.replace("<Country>AFG</Country>", ""));
    d.add(base.replace("<Name>Partnered Institution Name</Name>",
        "<Name>Partnered Institution Name</Name><SponsorLicenseNumber>QHDGHB91X</SponsorLicenseNumber>"));
    d.add(base.replace("<Name>Partnered Institution Name</Name>",
        "<Name>Partnered Institution Name</Name><SponsorLicenceNumber>QHDGHB91X</SponsorLicenceNumber>"));
    d.add(base.replace("<AddressLine>Lovelace Road</AddressLine>",
        "<AddressLine>a</AddressLine><AddressLine>b</AddressLine><AddressLine>c</AddressLine>"));
    d.add(base.replace("<AddressLine>Lovelace Road</AddressLine>",
        "<AddressLine>a</AddressLine><AddressLine>b</AddressLine><AddressLine>c</AddressLine><AddressLine>d</AddressLine>"));
    d.add(base.replaceAll("(?s)<EvidenceDetails>.*</EvidenceDetails>", ""));
    d.add(base.replaceAll("(?s)<EvidenceDetails>.*</EvidenceDetails>", "<EvidenceDetails/>"));
    d.add(base.replaceAll("(?s)<WorkPlacementDetails>.*</WorkPlacementDetails>", "<WorkPlacementDetails/>"));
    d.add(base.replaceAll("(?s)<Documentation>.*</Documentation>", ""));
    d.add(base.replaceAll("(?s)<CAS>.*</CAS>", ""));
    d.add(base.replaceAll("(?s)(<CAS>.*</CAS>)", "$1$1"));
    d.add(base.replace("<SchemaID>", "<Version>2.1</Version><SchemaID>"));
    d.add(base.replace("<SchemaID>", "<Version></Version><SchemaID>"));
    d.add(base.replace("<Nationality>", "<OtherNames>" + "x".repeat(250) + "</OtherNames><Nationality>"));
    d.add(base.replace("<Nationality>", "<OtherNames>" + "x".repeat(251) + "</OtherNames><Nationality>"));
    d.add(base.replace("</ApplicantHasWorkPlacement>", "</ApplicantHasWorkPlacement><WorkPlacementAddress>"
        + "<AddressLine>1 High Street</AddressLine><City>Any City</City><Country>GBR</Country></WorkPlacementAddress>"));
    d.add(base.replace("bulk-cas-common-200910\"", "bulk-cas-common-200911\""));
    // aimed at the streaming reader's own checks (lexical forms, attributes, root-level content)
    String[][] lexical = {
        {"CourseHoursPerWeek", "3e1", "+30", " 30 ", "30.", ".5", "\u0663\u0660", "30.0 "},
        {"CourseFeesForFirstYearOnly", "7E3", "7000.", "+7000", "-0", "7,000"},
        {"WorkPlacementPercentage", "1e2", "+100", " 100 ", "100.0", "\u0661\u0660"},
        {"CourseStartDate", "2013-12-26+14:00", "2013-12-26+15:00", "2013-12-26+01:00:30", "0000-12-26",
            " 2013-12-26 ", "12013-12-26", "-2013-12-26", "2013-02-29", "2012-02-29"},
        {"CourseIsFullTime", " true ", "TRUE", "1", "0"},
        {"Gender", " 1 ", "+1", "1.0"},
        {"FamilyName", "Ba<!-- c -->rry", "<![CDATA[Ba<rry]]>", "\u00a0"},
    };
    for (String[] v : lexical) {
      for (int i = 1; i < v.length; i++) {
        d.add(set(base, v[0], v[i]));
      }
    }
    d.add(base.replace("<Year>1980</Year>", "<Year>-1980</Year>"));
    d.add(base.replace("<Year>1980</Year>", "<Year>+1980</Year>"));
    d.add(base.replace("<Year>1980</Year>", "<Year> 1980 </Year>"));
    d.add(base.replace("<Year>1980</Year>", "<Year>0000</Year>"));
    d.add(base.replace("<Year>1980</Year>", "<YearMonth>1980-7</YearMonth>"));
    d.add(base.replace("<Year>1980</Year>", "<YearMonth>1980-13</YearMonth>"));
    d.add(base.replace("<Year>1980</Year>", "<FullDate>1980-02-30</FullDate>"));
    d.add(base.replace("<FamilyName>", "<FamilyName foo=\"x\">"));
    d.add(base.replace("<FamilyName>Barry</FamilyName>",
        "<FamilyName xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>"));
    d.add(base.replace("<AccomodationProvided>true</AccomodationProvided>",
        "<AccomodationProvided xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"yes\"/>"));
    d.add(base.replace("<AccomodationProvided>true</AccomodationProvided>",
        "<AccomodationProvided xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">true"
            + "</AccomodationProvided>"));
    d.add(base.replace("<AccomodationProvided>true</AccomodationProvided>",
        "<AccomodationProvided xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"false\">true"
            + "</AccomodationProvided>"));
    d.add(base.replace("<AccomodationProvided>true</AccomodationProvided>",
        "<AccomodationProvided xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"xs:boolean\" "
            + "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">true</AccomodationProvided>"));
    d.add(base.replace("<CAS>", "<CAS xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:schemaLocation=\"a b\">"));
    d.add(base.replace("<Header>", "stray text<Header>"));
    d.add(base.replace("</Header>", "</Header>stray text"));
    d.add(base.replace("</Header>", "</Header><Foo/>"));
    d.add(base.replaceAll("(?s)(<Header>.*</Header>)", "$1$1"));
    d.add(base.replaceAll("(?s)<Header>.*</Header>", ""));
    d.add(base.replace("<ns2:BulkFileUploadGeneralRootElement ", "<ns2:BulkFileUploadGeneralRootElement foo=\"1\" "));
    d.add(base.replace("<CAS>", "<CAS><!-- comment --><?pi x?>"));
    d.add(base.replace("<ApplicantData>", "<ApplicantData>\n  \n"));
    d.add(base.replace("<CAS>", "<CAS extra=\"1\">"));
    return d;
  }
}
