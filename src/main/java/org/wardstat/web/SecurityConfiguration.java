package org.wardstat.web;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.wardstat.audit.AuditTrail;
import org.wardstat.users.Users;

/**
 * Who may open what. Everything needs a signed-in user except the login page and the style
 * sheet; loading files and asking for reports needs an analyst, managing users and jobs an
 * admin. Which units a user sees is the controllers' business ({@link org.wardstat.users.Scope}).
 * CSRF protection stays on: every form carries the token. A disabled user's session ends at
 * their next request ({@link DisabledAccounts}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Each role includes the ones below it. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("ANALYST")
                .role("ANALYST").implies("CLERK")
                .role("CLERK").implies("LEADER")
                .build();
    }

    /**
     * Health and metrics answer without a session: they are on the management port, which listens
     * on the operator's machine only ({@code management.server.address}) unless set otherwise.
     */
    @Bean
    @Order(1)
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Users users, AuditTrail audit, SignInLimits limits, Clock clock) throws Exception {
        // the session's user, read from the session, is checked against the account before anything is authorised
        http.addFilterAfter(new DisabledAccounts(users), SecurityContextHolderFilter.class);
        // too many failed sign-ins lately: refused before the password is checked
        http.addFilterBefore(new SignInThrottle(audit, users, limits, clock), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/account/**").authenticated()
                        .requestMatchers("/uploads/**", "/reports/**").hasRole("ANALYST")
                        .requestMatchers("/entry/**").hasRole("CLERK")
                        .anyRequest().hasRole("LEADER"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new UploadCsrfTokens()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home", true).failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        // pages, style sheet and forms from this server only; the PDF viewer is the browser's own
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; object-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
