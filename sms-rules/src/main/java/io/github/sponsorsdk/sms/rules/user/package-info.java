/**
 * Users and key personnel: who may request, create, amend and deactivate whom; the user status machine; what applies
 * at once and what goes to casework (automation from 6 April 2014, the NINO from 19 June 2023); and the licence-level
 * Level 1 checks (an active Level 1 user; a settled one unless a date-effective exception applies).
 *
 * <pre>{@code
 * UserManagementRules users = UserManagementRules.defaults();
 * LocalDate today = LocalDate.of(2026, 11, 25);
 *
 * UserOutcome created = users.createLevel2(licence, level1, today);
 * created.resultingStatus();            // Optional[ACTIVE]
 *
 * UserOutcome self = users.deactivate(licence, level1, level1, today);
 * self.decision().codes();              // [NO_SELF_DEACTIVATION]
 *
 * UserOutcome amended = users.amend(licence, level1, level1, profileWithNinoExemption, Automation.NOT_GRANTED, today);
 * amended.processing();                 // Optional[CASEWORK] (NINO exemption)
 *
 * UserStatusTransitions.defaults().decide(UserStatus.DEACTIVATED_BY_SPONSOR, UserStatus.ACTIVE, StatusChanger.SPONSOR)
 *     .codes();                         // [DEACTIVATION_FINAL]
 *
 * KeyPersonnelRules.defaults().decide(licence, allUsers, Set.of(), today).codes();
 *                                       // [] or [NO_ACTIVE_LEVEL_1] / [NO_SETTLED_LEVEL_1]
 * }</pre>
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.user;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
