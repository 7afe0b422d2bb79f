package io.github.sponsorsdk.sms.core.event;

/** What changed in a sponsored worker's employment (Workers guidance Part 3; docs/sources.md#reporting-duties, row W5). */
public enum EmploymentChangeKind {
  /** The job title changed, within the same SOC 2020 code. */
  JOB_TITLE,
  /** The core duties changed, within the same SOC 2020 code. */
  CORE_DUTIES,
  /** The normal place of work changed: a new office, branch or client site not declared on the CoS. */
  WORK_LOCATION,
  /** The worker became a contractual home worker. */
  BECAME_HOME_WORKER,
  /** The split between home and office changed (hybrid working); reportable only from 31 March 2023 to 4 March 2024. */
  HYBRID_WORKING_PATTERN,
  /** The worker occasionally works elsewhere; never reportable. */
  OCCASIONAL_WORK_ELSEWHERE,
  /** The job moved to a different SOC 2020 code: this needs a new CoS and application, not a report. */
  SOC_CODE
}
