package io.github.sponsorsdk.sms.core.value;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute whose value is personal or secret. Validation errors show {@value #MASK} instead of
 * the rejected value, so a bad National Insurance number never reaches a log through an exception message.
 */
@Documented
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Sensitive {
  /** What a violation shows in place of the value. */
  String MASK = "****";
}
