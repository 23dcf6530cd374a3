package org.wardstat.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One DataSource for everything (Flyway, Spring Batch, wardstat's own SQL). */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(WardstatProperties properties) {
        return DatabaseServer.from(properties);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server, WardstatProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setPoolName("wardstat");
        config.setMaximumPoolSize(6);
        if (properties.db() != null) {
            config.setConnectionTimeout(properties.db().connectionTimeout().toMillis());
        }
        return new HikariDataSource(config);
    }
}
