package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.port.CreativeWorkerGroup;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import org.immutables.value.Value;

/** A Creative Worker group of CoS and the licence it belongs to. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableGroupRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableGroupRecord.class)
@JsonDeserialize(as = ImmutableGroupRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableGroupRecord.class)
public abstract class GroupRecord implements WithGroupRecord {

  /** {@return the licence} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the group} */
  public abstract CreativeWorkerGroup group();

  /**
   * {@return a record}
   *
   * @param licence the licence
   * @param group the group
   */
  public static GroupRecord of(SponsorLicenceNumber licence, CreativeWorkerGroup group) {
    return builder().licence(licence).group(group).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code GroupRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableGroupRecord.Builder {
    Builder() {}
  }
}
