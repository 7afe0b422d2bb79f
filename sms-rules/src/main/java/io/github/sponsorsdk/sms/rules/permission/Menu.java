package io.github.sponsorsdk.sms.rules.permission;

import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1_GUIDE_1;

import io.github.sponsorsdk.sms.core.citation.Citation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an SMS function lives: the left-hand menu of Manual 1 ("Navigation in SMS", Guide 1 step 3). Each menu
 * brings the requirements of its visibility; an {@link SmsAction} adds its own.
 */
public enum Menu {
  /** Log in, log out, change password, contact, home: any active user of a licence that can log in. */
  SESSION(Citation.of(SMS_MANUAL_1, "Logging in and out of SMS; Navigation in SMS"),
      Requirement.ACTIVE_USER, Requirement.LICENCE_ALLOWS_LOG_IN),
  /** "Licence summary, applications and services": Level 1 users of every licence except dormant ones. */
  LICENCE_SUMMARY(Citation.of(SMS_MANUAL_1_GUIDE_1, "Step 3, note (Licence summary menu)"),
      Requirement.ACTIVE_USER, Requirement.LICENCE_ALLOWS_LOG_IN, Requirement.LICENCE_MENU_VISIBLE,
      Requirement.LEVEL_1_LICENCE_MENU),
  /** "Workers": sponsors licensed in a Worker or Temporary Worker route. */
  WORKERS(Citation.of(SMS_MANUAL_1_GUIDE_1, "Step 3, note (Workers menu)"),
      Requirement.ACTIVE_USER, Requirement.LICENCE_ALLOWS_LOG_IN, Requirement.WORKER_ROUTE),
  /**
   * "Defined CoS" sub-menu of Workers: Level 1 users of Skilled Worker sponsors; no defined CoS function while
   * suspended or dormant.
   */
  DEFINED_COS(Citation.of(SMS_MANUAL_1_GUIDE_1, "Step 3, note (Defined CoS sub-menu)"),
      Requirement.ACTIVE_USER, Requirement.LICENCE_ALLOWS_LOG_IN, Requirement.NOT_SUSPENDED_OR_DORMANT,
      Requirement.LEVEL_1_DEFINED_COS, Requirement.WORKER_ROUTE, Requirement.SKILLED_WORKER_ROUTE),
  /** "Students": sponsors licensed in the Student route. */
  STUDENTS(Citation.of(SMS_MANUAL_1_GUIDE_1, "Step 3, note (Students menu)"),
      Requirement.ACTIVE_USER, Requirement.LICENCE_ALLOWS_LOG_IN, Requirement.STUDENT_ROUTE);

  private final Citation citation;
  private final Set<Requirement> requirements;

  Menu(Citation citation, Requirement... requirements) {
    this.citation = citation;
    EnumSet<Requirement> set = EnumSet.noneOf(Requirement.class);
    Collections.addAll(set, requirements);
    this.requirements = Collections.unmodifiableSet(set);
  }

  /** {@return where the menu's visibility rules come from} */
  public Citation citation() {
    return citation;
  }

  /** {@return what the menu's visibility requires} */
  public Set<Requirement> requirements() {
    return requirements;
  }
}
