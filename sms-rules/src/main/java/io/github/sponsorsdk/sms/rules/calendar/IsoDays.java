package io.github.sponsorsdk.sms.rules.calendar;

/**
 * Proleptic ISO calendar arithmetic on plain {@code int}s, for compiling calendars without creating a
 * {@link java.time.LocalDate} per day or per month (the first {@link UkWorkingDayCalendars#of} runs in a cold JVM,
 * where every object and every interpreted call counts). Same rules as {@link java.time.LocalDate}; the tests hold
 * these against it over wide ranges, negative years included.
 */
final class IsoDays {

  /** Days from 0000-01-01 to 1970-01-01, as {@link java.time.LocalDate#toEpochDay()} counts them. */
  private static final long DAYS_0000_TO_1970 = 719_528L;

  private IsoDays() {}

  static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** The number of days in {@code month} (1-12) of {@code year}. */
  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** {@link java.time.LocalDate#toEpochDay()} of a valid date. */
  static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y;
    if (y >= 0) {
      total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      total -= y / -4 - y / -100 + y / -400;
    }
    total += (367L * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }

  /** The day of the week of a valid date: 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday. */
  static int dayOfWeek(int year, int month, int day) {
    return (int) Math.floorMod(epochDay(year, month, day) + 3, 7L);
  }

  /**
   * The weekdays (Monday to Friday) of {@code month} of {@code year} as a bitset: bit {@code d - 1} set when day
   * {@code d} is a weekday.
   */
  static int weekdays(int year, int month) {
    int length = lengthOfMonth(year, month);
    int dow = dayOfWeek(year, month, 1);
    int bits = 0;
    // Days 1..7 from the 1st's day of the week, then repeat the week pattern over the month.
    int week = 0;
    for (int d = 0; d < 7; d++) {
      if ((dow + d) % 7 < 5) {
        week |= 1 << d;
      }
    }
    for (int shift = 0; shift < length; shift += 7) {
      bits |= week << shift;
    }
    return bits & (int) ((1L << length) - 1);
  }
}
