package org.wardstat;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application clock so dates in reports and "future period" checks are deterministic. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClock {

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(PipelineTest.NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
