/**
 * Evidence a sponsor uploads to Sponsor UK: document metadata ({@link
 * io.github.sponsorsdk.sms.core.evidence.EvidenceMetadata}) and the document with its bytes ({@link
 * io.github.sponsorsdk.sms.core.evidence.EvidenceDocument}).
 *
 * <p>"The ability to upload evidence is a key change in the sponsorship system - SMS currently allows very little
 * data (and no documents) to be posted" (docs/sources.md#sponsor-uk-actions). Which file types, sizes and counts
 * Sponsor UK accepts is not published: the values here check only structure (a file name, a media type, a size and
 * digest that match the bytes); what is acceptable is a parameter of the rules (sms-rules
 * {@code submission.SubmissionParameters}), marked uncertain.
 */
@SmsStyle
package io.github.sponsorsdk.sms.core.evidence;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
