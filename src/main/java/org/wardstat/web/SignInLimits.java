package org.wardstat.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins a name, or an address, may have within the lockout time before it is
 * refused for the rest of that time (settings {@code wardstat.sign-in.*}).
 */
@ConfigurationProperties("wardstat.sign-in")
record SignInLimits(Integer maxFailures, Integer maxFailuresPerAddress, Duration lockout) {

    SignInLimits {
        maxFailures = maxFailures == null || maxFailures < 1 ? 5 : maxFailures;
        maxFailuresPerAddress = maxFailuresPerAddress == null || maxFailuresPerAddress < 1 ? 20 : maxFailuresPerAddress;
        lockout = lockout == null || lockout.isNegative() || lockout.isZero() ? Duration.ofMinutes(15) : lockout;
    }
}
