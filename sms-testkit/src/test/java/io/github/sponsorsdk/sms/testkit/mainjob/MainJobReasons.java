package io.github.sponsorsdk.sms.testkit.mainjob;

import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Every reason the main job's story produces, for the reason-code meta-test (which lives in another package). */
public final class MainJobReasons {
  private MainJobReasons() {}

  /** Plays the main job quietly and returns the reasons of its decisions, duties and upload findings. */
  public static List<Reason> all() {
    MainJob.Outcome o = MainJob.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    List<Reason> out = new ArrayList<>();
    out.addAll(o.lockedOut().reasons());
    out.addAll(o.refusedWhileLocked().reasons());
    out.addAll(o.unlockedLogIn().reasons());
    out.addAll(o.weakPassword().reasons());
    out.addAll(o.dutyBefore().reasons());
    out.addAll(o.dutyAfter().reasons());
    for (Duty d : o.sms().duties(o.licence())) {
      out.addAll(d.reasons());
    }
    for (Finding f : o.upload().findings()) {
      out.add(f.reason());
    }
    return out;
  }
}
