package io.github.sponsorsdk.sms.rules.bench;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.rules.password.AccountHolder;
import io.github.sponsorsdk.sms.rules.password.PassayOracle;
import io.github.sponsorsdk.sms.rules.password.PasswordCheck;
import io.github.sponsorsdk.sms.rules.password.PasswordParameters;
import io.github.sponsorsdk.sms.rules.password.Secret;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.passay.ValidationResult;

/**
 * The SMS password check against its baseline, Passay 2.0.0 configured identically ({@code PassayOracle}: length,
 * four character rules, whitespace, user ID and name parts), on the same inputs in the same run. Both sides build
 * their input wrapper ({@code Secret} / {@code PasswordData}) inside the measured method.
 *
 * <p>Run: {@code mvn -B -ntp -o -Pbench -DskipTests verify -pl sms-rules -am -Djmh.include=PasswordCheckBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PasswordCheckBenchmark {

  @Param({"valid16", "invalid", "valid256"})
  public String input;

  private String password;
  private final LocalDate day = LocalDate.of(2026, 11, 25);
  private final AccountHolder holder = AccountHolder.of("MMdYyfNF", "Julie", "Smith");
  private final PasswordCheck ours = PasswordCheck.defaults();
  private PassayOracle passay;

  @Setup
  public void setUp() {
    passay = new PassayOracle(PasswordParameters.defaults(), holder, day);
    switch (input) {
      case "valid16":
        password = "Orchard5@Kent!xy";
        break;
      case "invalid":
        password = "smith mmdyyfnf";
        break;
      default:
        password = ("Orchard5@Kent!xy").repeat(16);
    }
    boolean oursValid = ours.decide(Secret.of(password), holder, day).isAllowed();
    if (oursValid != passay.validate(password).isValid()) {
      throw new IllegalStateException("engines disagree on " + input);
    }
  }

  @Benchmark
  public Decision smsPasswordCheck() {
    return ours.decide(Secret.of(password), holder, day);
  }

  @Benchmark
  public ValidationResult passayBaseline() {
    return passay.validate(password);
  }
}
