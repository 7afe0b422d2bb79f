package io.github.sponsorsdk.sms.rules.licence;

/**
 * What a Student sponsor applies for in the SMS to keep its student sponsor standing, by date
 * ({@link LicenceParameters#studentStatusApplication()}).
 */
public enum StudentStatusApplication {
  /**
   * "Apply for, renew or decline to renew Student Sponsor status" (Manual 3 as the index of manuals of Manual 1
   * describes it): a status with its own start and end dates.
   */
  STUDENT_SPONSOR_STATUS,
  /**
   * "Apply for ... Basic Compliance Assessment" (Manual 3's title in every index of manuals from 10 July 2024): the
   * successor of Student Sponsor status applications.
   */
  BASIC_COMPLIANCE_ASSESSMENT
}
