/** Common setups (sponsors, users, drafts, BDT batches) and the end-to-end scenario. */
package io.github.sponsorsdk.sms.testkit.scenario;
