package io.github.sponsorsdk.sms.testkit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * An email is a value (API charter): builder, {@code with*}, JSON with Jackson 2 and 3 that never holds the password,
 * a {@code toString()} that masks it.
 */
class EmailTest {
  static final ObjectMapper JACKSON_2 = new ObjectMapper().registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  static final JsonMapper JACKSON_3 = JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  static final String SECRET = "Tmp-Pass-7781!";

  static Email withPassword() {
    return Email.builder().sequence(3).sentAt(Instant.parse("2026-03-02T09:00:00Z"))
        .kind(EmailKind.TEMPORARY_PASSWORD).to("ann@sponsororg.com").about(SmsUserId.of("ANNSMITH1"))
        .subject("SMS password reset").body("Your temporary SMS password is [password].")
        .password(SECRET).build();
  }

  @Test
  void bothJacksonMajorsWriteNoPasswordAndReadEachOther() throws Exception {
    Email email = withPassword();
    String json2 = JACKSON_2.writeValueAsString(email);
    String json3 = JACKSON_3.writeValueAsString(email);
    assertThat(json2).doesNotContain(SECRET).doesNotContain("password\"");
    assertThat(json3).doesNotContain(SECRET).doesNotContain("password\"");

    Email expected = email.withoutPassword();
    assertThat(JACKSON_2.readValue(json2, Email.class)).isEqualTo(expected);
    assertThat(JACKSON_3.readValue(json3, Email.class)).isEqualTo(expected);
    assertThat(JACKSON_2.readValue(json3, Email.class)).isEqualTo(expected);
    assertThat(JACKSON_3.readValue(json2, Email.class)).isEqualTo(expected);
  }

  @Test
  void anEmailAboutNoOneRoundTrips() throws Exception {
    Email letter = withPassword().withAbout(Optional.empty()).withPassword(Optional.empty())
        .withKind(EmailKind.USER_ID_LETTER).withTo("Authorising Officer (post)");
    assertThat(JACKSON_2.readValue(JACKSON_2.writeValueAsString(letter), Email.class)).isEqualTo(letter);
    assertThat(JACKSON_3.readValue(JACKSON_3.writeValueAsString(letter), Email.class)).isEqualTo(letter);
  }

  @Test
  void thePasswordIsReadableOnlyThroughItsAccessor() {
    Email email = withPassword();
    assertThat(email.password()).contains(SECRET);
    assertThat(email.toString()).doesNotContain(SECRET).contains("[password ****]");
    assertThat(email.withoutPassword().password()).isEmpty();
    assertThat(email.withoutPassword()).isNotEqualTo(email);
    assertThat(email.withoutPassword().withoutPassword()).isEqualTo(email.withoutPassword());
  }

  @Test
  void aMissingAttributeFailsAtTheBoundary() {
    assertThatThrownBy(() -> Email.builder().sequence(1).kind(EmailKind.TEMPORARY_PASSWORD).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("sentAt");
  }
}
