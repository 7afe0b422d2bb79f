package io.github.sponsorsdk.sms.rules.tracking;

/**
 * The kinds of request tracked on the screen. Three kinds still get a letter on approval after 30 July 2012 (the UKBA
 * notice of 26 July 2012): a new Level 1 user where the only other Level 1 user has been deactivated or has left;
 * organisation details changed by a merger or takeover; any other change, such as adding a branch or appointing a
 * representative.
 */
public enum TrackedRequestKind {
  /** Replace the AO or KC, amend key personnel details. */
  KEY_PERSONNEL,
  /** A new Level 1 user. */
  LEVEL_1_USER,
  /** A new Level 1 user where the only other Level 1 user has been deactivated or has left: letter on approval. */
  LEVEL_1_USER_NONE_LEFT(true),
  /** Organisation details. */
  ORGANISATION_DETAILS,
  /** Organisation details changed by a merger or takeover: letter on approval. */
  ORGANISATION_DETAILS_MERGER_OR_TAKEOVER(true),
  /** Any other change, such as adding a branch or appointing a representative: letter on approval. */
  OTHER_CHANGE(true),
  /** CoS/CAS allocation increase or renewal. */
  ALLOCATION,
  /** Applications tracked on "Applications and renewals tracking": licence renewal, Premium, Student Sponsor status or BCA. */
  APPLICATION;

  private final boolean letterOnApproval;

  TrackedRequestKind() {
    this(false);
  }

  TrackedRequestKind(boolean letterOnApproval) {
    this.letterOnApproval = letterOnApproval;
  }

  /** {@return true when the Home Office still writes on approval after 30 July 2012} */
  public boolean letterOnApproval() {
    return letterOnApproval;
  }
}
