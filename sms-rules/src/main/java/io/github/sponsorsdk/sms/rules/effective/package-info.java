/**
 * Date-effective rule parameters: values that hold from a date, each version cited. See
 * {@link io.github.sponsorsdk.sms.rules.effective.DateEffective}.
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.effective;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
