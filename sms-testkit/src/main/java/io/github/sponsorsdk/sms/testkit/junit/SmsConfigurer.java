package io.github.sponsorsdk.sms.testkit.junit;

import io.github.sponsorsdk.sms.testkit.InMemorySms;

/**
 * Settings of the fake for {@link SmsTest#configure()}: any {@link InMemorySms.Builder} option, e.g.
 *
 * <pre>{@code
 * public static final class TwentyMinuteLockout implements SmsConfigurer {
 *   public void configure(InMemorySms.Builder b) {
 *     b.login(LoginEngine.of(LoginParameters.twentyMinuteLockout()));
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SmsConfigurer {
  /**
   * Applies settings, after the extension's own (start day, seed, iterations).
   *
   * @param builder the fake's builder
   */
  void configure(InMemorySms.Builder builder);
}
