package org.wardstat.jobs;

import org.springframework.batch.core.configuration.annotation.BatchObservabilityBeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs as meters: Spring Batch's own observations ({@code spring.batch.job} timed by job name and
 * status, {@code spring.batch.step}, {@code spring.batch.job.active}) recorded in the registry
 * Spring Boot's Actuator sets up. Spring Batch records nothing unless its jobs and steps are given
 * that registry; this post-processor gives it to every job and step bean.
 */
@Configuration(proxyBeanMethods = false)
class RunMetrics {

    @Bean
    static BatchObservabilityBeanPostProcessor batchObservability() {
        return new BatchObservabilityBeanPostProcessor();
    }
}
