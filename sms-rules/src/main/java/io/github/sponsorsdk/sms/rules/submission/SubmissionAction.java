package io.github.sponsorsdk.sms.rules.submission;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What can happen to a sponsorship submission, who may make it happen, and the source that says so. The statuses
 * each action moves between are in {@link SubmissionLifecycle}'s table. Actions the sources only imply (a refusal, a
 * request for evidence, the Home Office recording a payment) carry an uncertain citation.
 */
public enum SubmissionAction {
  /** Change a draft, or a submission whose evidence was requested ("make, edit or withdraw"). */
  EDIT(SubmissionActor.SPONSOR_USER, Citation.of(Source.SPONSOR_UK_AYJ, "Account users will be able to")
      .withNote("'make, edit or withdraw a sponsorship submission'; docs/sources.md#sponsor-uk-actions")),
  /** Send the draft to the Home Office with all the worker's and job's details. */
  SUBMIT(SubmissionActor.SPONSOR_USER, Citation.of(Source.SPONSOR_UK_COMMENTARY, "Sable International")
      .withNote("Sponsors 'submit sponsorship submissions to the Home Office, seeking authorisation to sponsor each "
          + "worker'; docs/sources.md#sponsor-uk-process")),
  /** Upload an evidence document (its acceptability is {@link SubmissionLifecycle#decideEvidence}). */
  UPLOAD_EVIDENCE(SubmissionActor.SPONSOR_USER, Citation.of(Source.SPONSOR_UK_AYJ, "Account users will be able to")
      .uncertain().withNote("'upload evidence'; in which statuses is not said: the SDK allows it before the "
          + "decision and while an edit is reviewed. docs/sources.md#sponsor-uk-actions")),
  /** Answer the Home Office's request for evidence: the submission returns to the Home Office. */
  RESPOND_TO_EVIDENCE_REQUEST(SubmissionActor.SPONSOR_USER, Citation.of(Source.PROJECT_DECISION, "0470-sponsor-uk",
      LocalDate.of(2026, 12, 5)).uncertain().withNote("Requests for more evidence are not described by any source "
          + "read")),
  /** Withdraw the submission; until when is {@link SubmissionParameters#withdrawal()}. */
  WITHDRAW(SubmissionActor.SPONSOR_USER, Citation.of(Source.SPONSOR_UK_AYJ, "Account users will be able to")
      .withNote("'make, edit or withdraw a sponsorship submission'; a withdrawn CoS supports no application "
          + "(Appendix Skilled Worker SW 5.1(e))")),
  /** Pay through the payment link. */
  PAY(SubmissionActor.SPONSOR_USER, Citation.of(Source.SPONSOR_UK_AYJ, "Account users will be able to")
      .withNote("'pay for a sponsorship submission'")),
  /** Ask for an edit of a submission whose SRN has been issued; the Home Office reviews it. */
  REQUEST_EDIT(SubmissionActor.SPONSOR_USER, Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")
      .withNote("'an edit requested by a sponsor to their Sponsor a Worker submission is being reviewed'")),
  /** The Home Office asks for more evidence before deciding. */
  REQUEST_EVIDENCE(SubmissionActor.HOME_OFFICE, Citation.of(Source.PROJECT_DECISION, "0470-sponsor-uk",
      LocalDate.of(2026, 12, 5)).uncertain().withNote("Not described by any source read; modelled on the SMS's "
          + "casework")),
  /** The Home Office approves the submission. */
  APPROVE(SubmissionActor.HOME_OFFICE, Citation.of(Source.SPONSOR_UK_COMMENTARY, "Sable International; "
      + "DavidsonMorris").withNote("'Once approved, they will pay the sponsorship fee'")),
  /** The Home Office refuses the submission (final). */
  REFUSE(SubmissionActor.HOME_OFFICE, Citation.of(Source.SPONSOR_UK_AYJ, "Sponsorship requests").uncertain()
      .withNote("Implied by 'if approved'; no source describes a refusal")),
  /** The Home Office issues the payment link (its service level: {@link PaymentLinkDeadline}). */
  ISSUE_PAYMENT_LINK(SubmissionActor.HOME_OFFICE, Citation.of(Source.SPONSOR_UK_AYJ, "Sponsorship requests")
      .withNote("'if approved, payment links should be issued within 5 working days of a decision'")),
  /** The Home Office records a payment made outside the link (or confirms the link's payment). */
  MARK_PAID(SubmissionActor.HOME_OFFICE, Citation.of(Source.PROJECT_DECISION, "0470-sponsor-uk",
      LocalDate.of(2026, 12, 5)).uncertain().withNote("How a payment is confirmed is not described")),
  /** The Home Office issues the Sponsorship Reference Number, only once paid. */
  ISSUE_SRN(SubmissionActor.HOME_OFFICE, Citation.of(Source.SPONSOR_UK_COMMENTARY, "Sable International; "
      + "DavidsonMorris").withNote("'they will pay the sponsorship fee and receive a sponsorship reference number'; "
          + "docs/sources.md#sponsor-uk-process")),
  /** The Home Office decides a requested edit (approved or not): the review ends. */
  DECIDE_EDIT(SubmissionActor.HOME_OFFICE, Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")
      .withNote("The days the edit 'is being reviewed' end with the decision")),
  /** The worker applies with the SRN. */
  RECORD_USE(SubmissionActor.HOME_OFFICE, Citation.of(Source.RULES_INTRODUCTION, "6.2 Certificate of Sponsorship")
      .withNote("The record linked to an SRN is a CoS; the worker 'requires [it] to proceed with their visa "
          + "application' (Sable)")),
  /** The application was granted or refused: the SRN is spent (final). */
  APPLICATION_DECIDED(SubmissionActor.HOME_OFFICE, Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)")
      .withNote("GAE 5.1(c): not used in a previous application which was either granted or refused")),
  /** The application was rejected as invalid, made void or withdrawn: the SRN may be used again. */
  APPLICATION_RETURNED(SubmissionActor.HOME_OFFICE, Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER,
      "SW 5.1(d)").withNote("A CoS used in an application rejected as invalid, made void or withdrawn may be used "
          + "again")),
  /** The Home Office cancels the SRN (final). */
  CANCEL(SubmissionActor.HOME_OFFICE, Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(e)")
      .withNote("'not have been withdrawn by the sponsor or cancelled by the Home Office'")),
  /** The SRN's 90 days (review days disregarded) ran out unused (final); see {@link SrnValidity}. */
  EXPIRE(SubmissionActor.TIME, Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")
      .withNote("No more than 90 days before the date of application, review days disregarded"));

  private final SubmissionActor actor;
  private final Citation citation;

  SubmissionAction(SubmissionActor actor, Citation citation) {
    this.actor = actor;
    this.citation = citation;
  }

  /** {@return the only party that may take this action} */
  public SubmissionActor actor() {
    return actor;
  }

  /** {@return the parties that may take this action (one, today)} */
  public Set<SubmissionActor> actors() {
    return EnumSet.of(actor);
  }

  /** {@return where the action comes from; uncertain where the sources only imply it} */
  public Citation citation() {
    return citation;
  }
}
