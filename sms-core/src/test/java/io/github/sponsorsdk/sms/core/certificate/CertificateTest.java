package io.github.sponsorsdk.sms.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.testing.Examples;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Sensitive;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateTest {

  @Test
  void statusFactsOverTheWholeDomain() {
    // docs/sources.md#secondary-certificates; Manual 1 Troubleshooting: manage only ASSIGNED, report only USED.
    EnumSet<CertificateStatus> finals = EnumSet.of(CertificateStatus.WITHDRAWN, CertificateStatus.CANCELLED,
        CertificateStatus.EXPIRED, CertificateStatus.OBSOLETE);
    for (CertificateStatus s : CertificateStatus.values()) {
      assertThat(s.isFinal()).as(s.name()).isEqualTo(finals.contains(s));
      assertThat(s.isLive()).as(s.name()).isEqualTo(s == CertificateStatus.ASSIGNED);
      assertThat(s.allowsActivityReports()).as(s.name()).isEqualTo(s == CertificateStatus.USED);
      assertThat(s.hasBeenAssigned()).as(s.name()).isEqualTo(s != CertificateStatus.CREATED);
      assertThat(s.smsCode()).as(s.name()).isEqualTo(s == CertificateStatus.CREATED ? Optional.empty()
          : Optional.of(s.name()));
    }
    // BDT schema v2.1 CASStatusType, in schema order.
    assertThat(java.util.Arrays.stream(CertificateStatus.values()).map(CertificateStatus::smsCode)
        .flatMap(Optional::stream))
            .containsExactly("ASSIGNED", "USED", "WITHDRAWN", "CANCELLED", "EXPIRED", "OBSOLETE");
  }

  @Test
  void genderCodesFollowBdtGenderType() {
    assertThat(Gender.MALE.bdtCode()).contains("1");
    assertThat(Gender.FEMALE.bdtCode()).contains("2");
    assertThat(Gender.OTHER.bdtCode()).isEmpty();
  }

  @Test
  void nationalityAcceptsThreeLettersOrStateless() {
    assertThat(Nationality.of(" nga ").code()).isEqualTo("NGA");
    assertThat(Nationality.of("stateless").isStateless()).isTrue();
    assertThat(Json.roundTrip(Nationality.of("XXA"), Nationality.class)).isEqualTo(Nationality.of("XXA"));
    assertThat(Json.MAPPER.valueToTree(Nationality.STATELESS).asText()).isEqualTo("STATELESS");
    for (String bad : new String[] {"NG", "NGAA", "N1A", "\"STATELESS\"", ""}) {
      assertThatThrownBy(() -> Nationality.of(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void migrantDetailsUseBdtLengthsAndMaskThePassportNumber() {
    // BDT schema v2.1: NameType <= 35, OtherNames <= 250, PlaceOfBirth <= 30, passport <= 35 (PBSStringType, kept as
    // written so a record maps back unchanged), ApplicantID <= 50, CountryOfBirth three capitals.
    MigrantDetails ok = MigrantDetails.builder().from(Examples.migrant()).familyName("F".repeat(35))
        .givenNames("G".repeat(35)).otherNames("O".repeat(250)).placeOfBirth("B".repeat(30)).countryOfBirth("GEO")
        .passportNumber("P 12-34#".repeat(4)).applicantReference("A".repeat(50))
        .dateOfBirth(PartialDate.parse("1980")).build();
    assertThat(Json.roundTrip(ok, MigrantDetails.class)).isEqualTo(ok);
    assertThatThrownBy(() -> MigrantDetails.builder().from(Examples.migrant()).familyName("F".repeat(36))
        .givenNames("G".repeat(36)).otherNames("O".repeat(251)).placeOfBirth("B".repeat(31)).countryOfBirth("geo")
        .passportNumber("AB12\u20AC34").applicantReference("A".repeat(51)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("applicantReference",
              "countryOfBirth", "familyName", "givenNames", "otherNames", "passportNumber", "placeOfBirth");
          assertThat(e.violations()).filteredOn(v -> !v.path().equals("applicantReference")
                  && !v.path().equals("countryOfBirth"))
              .extracting(Violation::rejectedValue).containsOnly(Sensitive.MASK);
        })
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("AB12").doesNotContain("FFFF"));
    assertThat(Examples.migrant().toString()).doesNotContain("A01234567").doesNotContain("1994");
    // Mononyms: no given name (BDT GivenName is optional).
    assertThat(MigrantDetails.builder().from(Examples.migrant()).givenNames(Optional.empty()).build().givenNames())
        .isEmpty();
    assertThatThrownBy(() -> MigrantDetails.builder().from(Examples.migrant()).familyName("Łukasz").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Latin-1");
  }

  @Test
  void certificatesRoundTripThroughJson() {
    Certificate cos = Examples.assignedCos().withSponsorNotes(
        SponsorNote.of(LocalDate.of(2026, 2, 1), "Start date moved to 2 March 2026 at the worker's request."),
        SponsorNote.builder().date(LocalDate.of(2026, 2, 3)).text("Second note\nwith a line break")
            .author(Examples.DJ_DON).build());
    Certificate cas = Examples.usedCas();
    assertThat(Json.roundTrip(cos, Certificate.class)).isEqualTo(cos);
    assertThat(Json.roundTrip(cas, Certificate.class)).isEqualTo(cas);
    assertThat(cos.number()).map(n -> n.value()).contains("C2G7H9K3");
    assertThat(cas.number()).containsInstanceOf(CasNumber.class);
    assertThat(Json.MAPPER.valueToTree(cos).get("grossSalary").asText()).isEqualTo("41700.00");
    SponsorNote note = cos.sponsorNotes().get(1);
    assertThat(Json.roundTrip(note, SponsorNote.class)).isEqualTo(note);
  }

  @Test
  void aCreatedDraftMayLackEverythingTheSmsLetsYouSaveWithout() {
    Certificate draft = Certificate.builder().kind(CertificateKind.COS).status(CertificateStatus.CREATED)
        .route(Route.CREATIVE_WORKER).owner(Examples.JOHN_SMITH)
        .migrant(MigrantDetails.builder().from(Examples.migrant()).gender(Optional.empty()).build())
        .createdOn(LocalDate.of(2026, 1, 5)).build();
    assertThat(draft.number()).isEmpty();
    assertThat(draft.mainAddress()).isEmpty();
    assertThat(draft.grossSalary()).isEmpty();
    assertThat(Json.roundTrip(draft, Certificate.class)).isEqualTo(draft);
    // Every status after CREATED needs a number.
    for (CertificateStatus s : CertificateStatus.values()) {
      if (s != CertificateStatus.CREATED) {
        assertThatThrownBy(() -> draft.withStatus(s)).as(s.name()).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("cosNumber").hasMessageContaining("(Required)");
      }
    }
  }

  @Test
  void crossFieldBreachesAreListedTogether() {
    // A Student route on a CoS with a CAS number, a defined CoS type, dates out of order: one exception.
    assertThatThrownBy(() -> Certificate.builder().from(Examples.assignedCos())
        .route(Route.STUDENT).cosNumber(Optional.empty()).casNumber(CasNumber.of("E4G0AA0A00A0A1"))
        .cosType(CosType.DEFINED).grossSalary(Money.ofPounds(-1))
        .assignedOn(LocalDate.of(2026, 1, 4)).usedOn(LocalDate.of(2026, 1, 3))
        .endDate(LocalDate.of(2026, 3, 1)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo("Certificate (CoS)");
          assertThat(e.violations()).extracting(Violation::rule).containsExactlyInAnyOrder(
              "RouteKind", "NumberKind", "Required", "DefinedRoute", "NotNegative", "DateOrder", "DateOrder",
              "DateOrder");
        });
  }

  @Test
  void aCasRefusesCoSOnlyFieldsAndChecksTheChildPrefix() {
    assertThatThrownBy(() -> Certificate.builder().from(Examples.usedCas()).cosNumber(CosNumber.of("C2G7H9K3"))
        .cosType(CosType.UNDEFINED).grossSalary(Money.ofPounds(1)).salaryPeriod(SalaryPeriod.YEAR).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path)
            .containsExactlyInAnyOrder("cosNumber", "cosType", "grossSalary", "salaryPeriod"));
    // E4C is Child Student, E4G is Student (BDT schema v2.1 CASNumberType).
    assertThatThrownBy(() -> Examples.usedCas().withRoute(Route.CHILD_STUDENT))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("NumberRoute");
    Certificate child = Certificate.builder().from(Examples.usedCas()).route(Route.CHILD_STUDENT)
        .casNumber(CasNumber.of("E4C0AA0A00A0A1")).build();
    assertThat(Json.roundTrip(child, Certificate.class)).isEqualTo(child);
  }

  @Test
  void statusAndDateBoundaries() {
    // CREATED has no assignment or use date.
    assertThatThrownBy(() -> Examples.assignedCos().withStatus(CertificateStatus.CREATED)
        .withUsedOn(LocalDate.of(2026, 1, 7)))
        .isInstanceOf(InvalidValueException.class);
    // Same-day assignment and use, and a start date equal to the end date, are allowed.
    Certificate sameDay = Examples.assignedCos().withStatus(CertificateStatus.USED)
        .withAssignedOn(LocalDate.of(2026, 1, 5)).withUsedOn(LocalDate.of(2026, 1, 5))
        .withEndDate(LocalDate.of(2026, 3, 2));
    assertThat(sameDay.usedOn()).contains(LocalDate.of(2026, 1, 5));
    // One day earlier breaks each order.
    assertThatThrownBy(() -> sameDay.withUsedOn(LocalDate.of(2026, 1, 4)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("usedOn");
    assertThatThrownBy(() -> sameDay.withEndDate(LocalDate.of(2026, 3, 1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("endDate");
    assertThatThrownBy(() -> Examples.assignedCos().withAssignedOn(LocalDate.of(2026, 1, 4)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("assignedOn");
  }

  @Test
  void everyRouteAcceptsExactlyItsOwnKind() {
    for (Route r : Route.values()) {
      for (CertificateKind k : CertificateKind.values()) {
        var b = Certificate.builder().kind(k).status(CertificateStatus.CREATED).route(r).owner(Examples.DJ_DON)
            .migrant(Examples.migrant()).createdOn(LocalDate.of(2026, 1, 5));
        if (r.certificateKind() == k) {
          assertThat(b.build().route()).isEqualTo(r);
        } else {
          assertThatThrownBy(b::build).as(r + " " + k).isInstanceOf(InvalidValueException.class)
              .hasMessageContaining("RouteKind");
        }
      }
    }
  }

  @Test
  void definedCosOnlyForSkilledWorker() {
    for (Route r : Route.values()) {
      if (r.certificateKind() != CertificateKind.COS) {
        continue;
      }
      var b = Certificate.builder().from(Examples.assignedCos()).route(r).cosType(CosType.DEFINED);
      if (r == Route.SKILLED_WORKER) {
        assertThat(b.build().cosType()).contains(CosType.DEFINED);
      } else {
        assertThatThrownBy(b::build).as(r.name()).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("DefinedRoute");
      }
    }
  }

  /**
   * Create (saved, unassigned), then Assigned, then Used (SMS Manual 1, certificates): a CREATED certificate has no
   * assignment date and no use date. Each date alone is refused, naming itself; the same dates are accepted once the
   * certificate is ASSIGNED (assignment date) or USED (both).
   */
  @Test
  void aCreatedCertificateHasNoAssignedOrUsedDate() {
    Certificate draft = Certificate.builder().kind(CertificateKind.COS).status(CertificateStatus.CREATED)
        .route(Route.SKILLED_WORKER).owner(Examples.DJ_DON).migrant(Examples.migrant())
        .createdOn(LocalDate.of(2026, 1, 5)).build();
    assertThat(draft.assignedOn()).isEmpty();
    assertThat(draft.usedOn()).isEmpty();
    assertThatThrownBy(() -> draft.withAssignedOn(LocalDate.of(2026, 1, 6)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("assignedOn", "StatusDate")));
    assertThatThrownBy(() -> draft.withUsedOn(LocalDate.of(2026, 1, 7)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("usedOn", "StatusDate")));
    assertThatThrownBy(() -> Certificate.builder().from(draft).assignedOn(LocalDate.of(2026, 1, 6))
        .usedOn(LocalDate.of(2026, 1, 7)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactlyInAnyOrder("assignedOn", "usedOn"));
    Certificate assigned = Certificate.builder().from(draft).status(CertificateStatus.ASSIGNED)
        .cosNumber(CosNumber.of("C2G7H9K3")).assignedOn(LocalDate.of(2026, 1, 6)).build();
    assertThat(assigned.assignedOn()).contains(LocalDate.of(2026, 1, 6));
    assertThat(assigned.withStatus(CertificateStatus.USED).withUsedOn(LocalDate.of(2026, 1, 7)).usedOn())
        .contains(LocalDate.of(2026, 1, 7));
  }
}
