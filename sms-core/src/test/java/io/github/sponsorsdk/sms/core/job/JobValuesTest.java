package io.github.sponsorsdk.sms.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.testing.Examples;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CoS job values: formats from their sources, invariants, JSON with Jackson 2 and 3. */
class JobValuesTest {

  static JobDetails full() {
    return JobDetails.builder().title("Software developer").occupation(OccupationCode.of(SocVersion.SOC_2020, "2136"))
        .description("Designs and builds payroll services.\nOn call one week in six.")
        .weeklyHours(new BigDecimal("37.5"))
        .addAllowance(Allowance.builder().amount(Money.ofPounds(4_000)).period(SalaryPeriod.YEAR)
            .kind(AllowanceKind.GUARANTEED).description("London weighting").build())
        .salaryDetails("Basic salary only; the allowance is guaranteed for the whole assignment.")
        .addAdditionalWorkAddress(Address.builder().line1("1 Brindley Place").townOrCity("Birmingham")
            .postcode(UkPostcode.of("B1 2JB")).build())
        .workingArrangement(WorkingArrangement.HYBRID).payeReference(PayeReference.of("123/ab456"))
        .purpose(SponsorshipPurpose.ENTRY_CLEARANCE).atasRequired(false).build();
  }

  @ParameterizedTest
  @CsvSource({"2136, 2", "1111, 1", "9269, 9"})
  void anOccupationCodeIsFourDigitsAndNamesItsEdition(String code, int major) {
    OccupationCode c = OccupationCode.of(SocVersion.SOC_2020, code);
    assertThat(c.majorGroup()).isEqualTo(major);
    assertThat(c.toString()).isEqualTo("SOC 2020 " + code);
    assertThat(Json.roundTrip(c, OccupationCode.class)).isEqualTo(c);
    assertThat(OccupationCode.of(SocVersion.SOC_2010, code)).isNotEqualTo(c);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0136", "213", "21366", "21a6", " 2136", ""})
  void anyOtherOccupationCodeIsRefused(String code) {
    assertThatThrownBy(() -> OccupationCode.of(SocVersion.SOC_2020, code)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("four digits");
  }

  /** HMRC: "3 digits ... forward slash ... for example /AB456. Please enter any letters in upper case." */
  @ParameterizedTest
  @CsvSource({"123/AB456, 123/AB456", "123/ab456, 123/AB456", "' 961/Z1 ', 961/Z1", "123/AB45678, 123/AB45678",
      "123/ABCDEFGHIJ, 123/ABCDEFGHIJ"})
  void payeReferences(String typed, String held) {
    PayeReference p = PayeReference.of(typed);
    assertThat(p.value()).isEqualTo(held);
    assertThat(p.taxOfficeNumber()).isEqualTo(held.substring(0, 3));
    assertThat(p.employerReference()).isEqualTo(held.substring(4));
    assertThat(Json.roundTrip(p, PayeReference.class)).isEqualTo(p);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12/AB456", "1234/AB456", "123AB456", "123/", "123/AB 456", "123/AB-456",
      "123/ABCDEFGHIJK", "123PA12345678"})
  void anythingElseIsNotAPayeReference(String typed) {
    assertThatThrownBy(() -> PayeReference.of(typed)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("123/AB456");
  }

  @Test
  void jobDetailsRoundTripAndCheckEveryFieldAtOnce() {
    JobDetails j = full();
    assertThat(Json.roundTrip(j, JobDetails.class)).isEqualTo(j);
    assertThat(Json.roundTrip(JobDetails.builder().build(), JobDetails.class)).isEqualTo(JobDetails.builder().build());
    assertThatThrownBy(() -> JobDetails.builder().title(" ").description("x".repeat(2001))
        .weeklyHours(new BigDecimal("168.01")).salaryDetails("\u20AC").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).contains("title", "description", "weeklyHours", "salaryDetails"));
    for (String h : new String[] {"0", "-1", "168.5", "37.125"}) {
      assertThatThrownBy(() -> JobDetails.builder().weeklyHours(new BigDecimal(h)).build()).as(h)
          .hasMessageContaining("weeklyHours");
    }
    assertThat(JobDetails.builder().weeklyHours(new BigDecimal("168")).build().weeklyHours()).isPresent();
    assertThatThrownBy(() -> Allowance.of(Money.ZERO, SalaryPeriod.MONTH, AllowanceKind.ACCOMMODATION))
        .hasMessageContaining("more than zero");
  }

  @Test
  void aCertificateCarriesRouteItemsOnlyOnTheirRoutes() {
    Certificate cos = Certificate.builder().from(Examples.assignedCos()).job(full()).build();
    assertThat(Json.roundTrip(cos, Certificate.class)).isEqualTo(cos);
    JobDetails wrong = full().withSportsEndorsementNumber("FA-1").withExchangeScheme("Scheme")
        .withSupernumeraryExplanation("Extra").withSeasonalSector(SeasonalSector.POULTRY).withRegisteredContract("C-1");
    assertThatThrownBy(() -> cos.withJob(wrong)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
            "job.sportsEndorsementNumber", "job.exchangeScheme", "job.supernumeraryExplanation",
            "job.seasonalSector", "job.registeredContract"));
    assertThat(Certificate.builder().from(cos).route(Route.SEASONAL_WORKER).job(full()
        .withAtasRequired(Optional.empty()).withSeasonalSector(SeasonalSector.POULTRY)).build().job().orElseThrow()
        .seasonalSector()).isPresent();
    assertThatThrownBy(() -> cos.withRoute(Route.SEASONAL_WORKER)).hasMessageContaining("job.atasRequired");
    assertThatThrownBy(() -> Examples.usedCas().withJob(full())).hasMessageContaining("a CAS has no job details");
  }

  @Test
  void aDraftCopiesWhatTheSponsorTyped() {
    Certificate cos = Certificate.builder().from(Examples.assignedCos()).job(full()).build();
    CertificateDraft d = CertificateDraft.of(cos);
    assertThat(d.job()).contains(full());
    assertThat(d.grossSalary()).isEqualTo(cos.grossSalary());
    assertThat(d.startDate()).isEqualTo(cos.startDate());
    assertThat(Json.roundTrip(d, CertificateDraft.class)).isEqualTo(d);
  }

  /** Seeded: any combination of fields builds, and survives JSON with both Jackson majors. */
  @Test
  void generatedJobDetailsRoundTrip() {
    long seed = 20261205L;
    Random r = Instancio.of(Random.class).withSeed(seed).supply(Select.root(), random -> random).create();
    for (int i = 0; i < 200; i++) {
      JobDetails.Builder b = JobDetails.builder();
      if (r.trueOrFalse()) {
        b.title(r.alphanumeric(r.intRange(1, 250)));
      }
      if (r.trueOrFalse()) {
        b.occupation(OccupationCode.of(r.oneOf(SocVersion.values()), Integer.toString(r.intRange(1000, 9999))));
      }
      if (r.trueOrFalse()) {
        b.weeklyHours(BigDecimal.valueOf(r.intRange(1, 16800), 2));
      }
      if (r.trueOrFalse()) {
        b.payeReference(PayeReference.of(r.digits(3) + "/" + r.upperCaseAlphabetic(r.intRange(1, 10))));
      }
      for (int a = r.intRange(0, 2); a > 0; a--) {
        b.addAllowance(Allowance.of(Money.ofPence(r.intRange(1, 1_000_000)), r.oneOf(SalaryPeriod.values()),
            r.oneOf(AllowanceKind.values())));
      }
      b.workingArrangement(Optional.ofNullable(r.trueOrFalse() ? r.oneOf(WorkingArrangement.values()) : null))
          .purpose(Optional.ofNullable(r.trueOrFalse() ? r.oneOf(SponsorshipPurpose.values()) : null));
      JobDetails j = b.build();
      assertThat(Json.roundTrip(j, JobDetails.class)).as("seed %s #%s", seed, i).isEqualTo(j);
    }
    assertThat(Arrays.asList(SocVersion.values())).hasSize(2);
    assertThat(List.of(WorkingArrangement.values())).hasSize(3);
  }
}
