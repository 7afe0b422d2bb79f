package io.github.sponsorsdk.sms.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.place.UkNation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A table that cannot be loaded is a clear {@link CalendarDataException} on every call, never a poisoned class
 * (no {@link ExceptionInInitializerError}, no bare {@link NoClassDefFoundError}), and a later call that finds the
 * table succeeds. Checked on {@link CalendarCache} with a scripted loader, on the production wiring with a missing
 * resource, and on the real {@link UkWorkingDayCalendars} class loaded afresh where the resource is missing or corrupt.
 */
class CalendarLoadFailureTest {

  static final String CALENDAR_PACKAGE = UkWorkingDayCalendars.class.getPackageName();

  @Test
  void everyCallAfterAFailureTriesAgainAndThrowsAFreshException() {
    AtomicInteger calls = new AtomicInteger();
    Map<UkNation, WorkingDayCalendar> good = UkWorkingDayCalendars.calendars(UkBankHolidayTable.load());
    CalendarCache cache = new CalendarCache(() -> {
      if (calls.incrementAndGet() <= 2) {
        throw new CalendarDataException("scripted.txt", "attempt " + calls.get() + " failed");
      }
      return good;
    });
    Throwable first = catchThrowable(() -> cache.of(UkNation.SCOTLAND));
    Throwable second = catchThrowable(() -> cache.of(UkNation.SCOTLAND));
    assertThat(first).isInstanceOf(CalendarDataException.class).hasMessageContaining("attempt 1 failed");
    assertThat(second).isInstanceOf(CalendarDataException.class).hasMessageContaining("attempt 2 failed")
        .isNotSameAs(first);
    assertThat(cache.of(UkNation.SCOTLAND)).isSameAs(good.get(UkNation.SCOTLAND));
    assertThat(cache.of(UkNation.ENGLAND_AND_WALES)).isSameAs(good.get(UkNation.ENGLAND_AND_WALES));
    assertThat(calls).hasValue(3); // loaded once it worked, never again
  }

  @Test
  void theProductionWiringWithAMissingResourceFailsTheSameWayOnEveryCall() {
    CalendarCache cache = new CalendarCache(() -> UkWorkingDayCalendars.calendars(
        UkBankHolidayTable.load("io/github/sponsorsdk/sms/rules/calendar/gone.txt",
            () -> UkBankHolidayTable.class.getResourceAsStream("gone.txt"))));
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      failures.add(catchThrowable(() -> cache.of(UkNation.NORTHERN_IRELAND)));
    }
    assertThat(failures).allSatisfy(e -> assertThat(e).isExactlyInstanceOf(CalendarDataException.class)
        .hasMessageContaining("class-path resource io/github/sponsorsdk/sms/rules/calendar/gone.txt")
        .hasMessageContaining("not found"));
    assertThat(failures).doesNotHaveDuplicates();
  }

  @Test
  void concurrentFirstCallsLoadOnce() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    CalendarCache cache = new CalendarCache(() -> {
      loads.incrementAndGet();
      return UkWorkingDayCalendars.calendars(UkBankHolidayTable.load());
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<WorkingDayCalendar>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return cache.of(UkNation.SCOTLAND);
        }));
      }
      start.countDown();
      WorkingDayCalendar first = answers.get(0).get(30, TimeUnit.SECONDS);
      for (Future<WorkingDayCalendar> answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS)).isSameAs(first);
      }
      assertThat(loads).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theRealClassWithoutItsResourceThrowsADescriptiveExceptionOnEveryCallAndNeverPoisonsItself()
      throws Exception {
    AtomicReference<byte[]> table = new AtomicReference<>(); // null: the resource is missing
    Method of = isolatedUkWorkingDayCalendars(table).getMethod("of", UkNation.class);
    for (int i = 0; i < 3; i++) {
      Throwable e = invoke(of, UkNation.SCOTLAND);
      assertThat(e).as("call %d", i + 1)
          .isNotInstanceOf(Error.class)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("class-path resource io/github/sponsorsdk/sms/rules/calendar/uk-bank-holidays.txt")
          .hasMessageContaining("not found");
      assertThat(e.getClass().getName()).isEqualTo(CalendarDataException.class.getName());
    }
    // A corrupt resource: the format error with its line.
    table.set("format=2\nsource=x y\nsourceSha256=0\nyears=2000-2060\nSCOTLAND 2026 0615\n".getBytes());
    assertThat(invoke(of, UkNation.SCOTLAND)).isNotInstanceOf(Error.class)
        .hasMessageContaining("malformed: line 5: header ENGLAND_AND_WALES.count is missing before the first row");
    // Once the resource is there, the same class loads it: nothing was cached from the failures.
    try (InputStream in = UkBankHolidayTable.class.getResourceAsStream(UkBankHolidayTable.NAME)) {
      table.set(in.readAllBytes());
    }
    Object scotland = of.invoke(null, UkNation.SCOTLAND);
    assertThat(scotland.getClass().getMethod("isBankHoliday", LocalDate.class)
        .invoke(scotland, LocalDate.of(2026, 6, 15))).isEqualTo(true);
    assertThat(scotland.getClass().getClassLoader()).isNotSameAs(UkWorkingDayCalendars.class.getClassLoader());
  }

  static Throwable invoke(Method method, Object arg) throws IllegalAccessException {
    try {
      method.invoke(null, arg);
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
    throw new AssertionError("expected a failure");
  }

  static Throwable catchThrowable(Runnable call) {
    try {
      call.run();
    } catch (Throwable e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  /**
   * A fresh copy of the calendar package's classes in their own class loader, whose bank-holiday resource is
   * whatever {@code table} holds ({@code null}: missing). The rest (sms-core, the JDK) comes from the test's loader.
   */
  static Class<?> isolatedUkWorkingDayCalendars(AtomicReference<byte[]> table) throws ClassNotFoundException {
    ClassLoader parent = CalendarLoadFailureTest.class.getClassLoader();
    ClassLoader isolated = new ClassLoader("isolated-calendar", parent) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
          Class<?> c = findLoadedClass(name);
          if (c == null && name.startsWith(CALENDAR_PACKAGE + ".")) {
            try (InputStream in = parent.getResourceAsStream(name.replace('.', '/') + ".class")) {
              if (in == null) {
                throw new ClassNotFoundException(name);
              }
              byte[] bytes = in.readAllBytes();
              c = defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return c != null ? c : super.loadClass(name, resolve);
        }
      }

      @Override
      public InputStream getResourceAsStream(String name) {
        if (name.endsWith("/" + UkBankHolidayTable.NAME)) {
          byte[] bytes = table.get();
          return bytes == null ? null : new ByteArrayInputStream(bytes);
        }
        return super.getResourceAsStream(name);
      }
    };
    Class<?> c = isolated.loadClass(UkWorkingDayCalendars.class.getName());
    assertThat(c).isNotSameAs(UkWorkingDayCalendars.class);
    return c;
  }
}
