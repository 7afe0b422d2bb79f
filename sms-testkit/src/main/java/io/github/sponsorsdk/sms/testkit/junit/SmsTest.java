package io.github.sponsorsdk.sms.testkit.junit;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The declarative form of {@link SmsExtension}: a fake SMS for every test of the class, injected as a parameter.
 *
 * <pre>{@code
 * @SmsTest(startingOn = "2026-03-02", failOn = AfterEachCheck.FAILED_CALLS)
 * class AssignmentTest {
 *   @Test
 *   void assigns(InMemorySms sms, Sponsor sponsor, SmsTestClock clock) {
 *     SessionToken t = sponsor.signIn();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Parameters that can be injected: {@link InMemorySms}, {@link io.github.sponsorsdk.sms.testkit.clock.SmsTestClock},
 * {@link io.github.sponsorsdk.sms.testkit.HomeOffice} and {@link io.github.sponsorsdk.sms.testkit.scenario.Sponsor}
 * (granted in the fake on first use by {@link #sponsor()}, then the same one for the rest of the test). Anything
 * this annotation does not offer, {@link #configure()} reaches through {@link InMemorySms.Builder}; or register the
 * extension programmatically with {@link SmsExtension#builder()}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SmsExtension.class)
public @interface SmsTest {

  /** {@return the first day, ISO-8601 ({@code 2026-03-02}); the clock starts at 09:00 London time} */
  String startingOn() default "2026-01-05";

  /** {@return the seed of identifiers and random faults: the same seed gives the same IDs and faults} */
  long seed() default 42;

  /** {@return PBKDF2 iterations; {@link InMemorySms#FAST_TEST_ITERATIONS} by default} */
  int passwordIterations() default InMemorySms.FAST_TEST_ITERATIONS;

  /** {@return one fake per test (default) or one for the whole class} */
  FakeLifecycle lifecycle() default FakeLifecycle.PER_TEST;

  /** {@return what makes a test fail after it ran, although its own assertions passed (none by default)} */
  AfterEachCheck[] failOn() default {};

  /** {@return the sponsor an injected {@code Sponsor} parameter is} */
  Class<? extends SponsorSetup> sponsor() default SponsorSetup.SkilledWorker.class;

  /** {@return further settings of the fake, applied in order (each class needs a public no-argument constructor)} */
  Class<? extends SmsConfigurer>[] configure() default {};
}
