package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import java.util.List;

/**
 * Groups of Creative Worker CoS (Manual 11: "create and manage groups of CoS", only for sponsors licensed in
 * Temporary Work - Creative Worker). A group is a named set of the licence's Creative Worker CoS, each CoS in at most
 * one group (decision record 0660). Acts on a group's CoS answer per item, numbered from 1; a refused item changes
 * nothing, a refused call changes nothing at all. A Level 2 user sees and manages only the groups and CoS they own.
 */
public interface SmsCreativeWorkerGroups {

  /**
   * Creates an empty group.
   *
   * @param session the signed-in user's session
   * @param name the group's name, unique among the licence's groups (compared without case or surrounding spaces)
   * @return the new group, or the refusal (e.g. the licence holds no Creative Worker route)
   */
  SmsResult<CreativeWorkerGroup> createGroup(SessionToken session, String name);

  /**
   * {@return the licence's groups the user may see (a Level 2 user: their own), oldest first}
   *
   * @param session the signed-in user's session
   */
  SmsResult<List<CreativeWorkerGroup>> groups(SessionToken session);

  /**
   * Adds Creative Worker CoS to a group.
   *
   * @param session the signed-in user's session
   * @param reference the group's reference
   * @param numbers the CoS, in order
   * @return the group and one outcome per CoS, or the refusal of the whole call
   */
  SmsResult<GroupOutcome> addToGroup(SessionToken session, String reference, List<CertificateNumber> numbers);

  /**
   * Removes CoS from a group.
   *
   * @param session the signed-in user's session
   * @param reference the group's reference
   * @param numbers the CoS, in order
   * @return the group and one outcome per CoS, or the refusal of the whole call
   */
  SmsResult<GroupOutcome> removeFromGroup(SessionToken session, String reference, List<CertificateNumber> numbers);
}
