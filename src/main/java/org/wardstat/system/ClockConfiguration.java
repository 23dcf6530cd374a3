package org.wardstat.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock: tests replace it to make "future period" and "generated at" deterministic. Its
 * zone is {@code wardstat.time-zone}, not the server's, so every date a person reads is Việt Nam's.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(WardstatProperties properties) {
        return Clock.system(properties.zone());
    }
}
