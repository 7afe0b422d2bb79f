/**
 * Messages the Home Office posts on the SMS message board (SMS Manual 1, Guide 5). Which messages are active or
 * archived on a date, and who must read them at log-in, are rules elsewhere.
 */
package io.github.sponsorsdk.sms.core.message;
