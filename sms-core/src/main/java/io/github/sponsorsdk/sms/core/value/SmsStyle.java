package io.github.sponsorsdk.sms.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project. Every value type in every module carries it.
 *
 * <ul>
 *   <li>The abstract type keeps the public name ({@code Licence}); the generated implementation is
 *       {@code Licence}. Each abstract type offers {@code builder()} and, where natural, {@code of(...)}.
 *   <li>Accessors have no {@code get} prefix. Bean Validation still sees their constraints because
 *       {@link ValueValidation} registers an accessor-aware property selection strategy.
 *   <li>A missing attribute or a {@code null} fails with {@link InvalidValueException}, like every other
 *       invalid value, naming the attributes.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jakarta = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class,
    depluralize = true,
    // "addresses" would otherwise lose only its final s (addAdditionalWorkAddresse).
    depluralizeDictionary = {"address:addresses"})
public @interface SmsStyle {}
