package io.github.sponsorsdk.sms.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.testkit.server.internal.Answer;
import io.github.sponsorsdk.sms.testkit.server.internal.Body;
import io.github.sponsorsdk.sms.testkit.server.internal.Endpoint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Route matching takes short cuts for speed (decision 0640, "Start time and throughput"): a template without
 * parameters is compared as text, and a path must start with a template's text before its first parameter. The
 * answers must be those of the template's regular expression alone.
 */
class EndpointMatchTest {

  private static Endpoint route(String template) {
    return new Endpoint("GET", template, Endpoint.Side.CONTROL, "test", Body.none(), Body.noContent(),
        r -> Answer.noContent());
  }

  @Test
  void aTemplateWithoutParametersMatchesExactlyItsOwnText() {
    Endpoint clock = route("/api/control/clock");
    assertThat(clock.match("/api/control/clock")).contains(List.of());
    assertThat(clock.match("/api/control/clock/")).isEmpty();
    assertThat(clock.match("/api/control/clock/advance")).isEmpty();
    assertThat(clock.match("/api/control/cloc")).isEmpty();
    // Template characters are literal, never regular-expression syntax.
    assertThat(route("/openapi.json").match("/openapiXjson")).isEmpty();
  }

  @Test
  void parametersAreOneNonEmptySegmentEachAfterTheLiteralPrefix() {
    Endpoint cert = route("/api/certificates/{number}/assignment");
    assertThat(cert.parameterNames()).containsExactly("number");
    assertThat(cert.match("/api/certificates/C2A1B2C3D4E/assignment")).contains(List.of("C2A1B2C3D4E"));
    assertThat(cert.match("/api/certificates//assignment")).isEmpty();
    assertThat(cert.match("/api/certificates/a/b/assignment")).isEmpty();
    assertThat(cert.match("/api/certificate/C2A1B2C3D4E/assignment")).isEmpty();
    assertThat(cert.match("/api/certificates/C2A1B2C3D4E")).isEmpty();
    Endpoint two = route("/api/licences/{licence}/users/{user}");
    assertThat(two.match("/api/licences/QHDGK901X/users/jsmith1")).isEqualTo(
        Optional.of(List.of("QHDGK901X", "jsmith1")));
    Endpoint first = route("/{anything}");
    assertThat(first.match("/x")).contains(List.of("x"));
    assertThat(first.match("/")).isEmpty();
  }
}
