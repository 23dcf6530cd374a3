package org.wardstat.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
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

    @Bean
    SecurityFilterChain web(HttpSecurity http, Users users) throws Exception {
        // the session's user, read from the session, is checked against the account before anything is authorised
        http.addFilterAfter(new DisabledAccounts(users), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/uploads/**", "/reports/**").hasRole("ANALYST")
                        .requestMatchers("/entry/**").hasRole("CLERK")
                        .anyRequest().hasRole("LEADER"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new UploadCsrfTokens()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        // pages, style sheet and forms from this server only; the PDF viewer is the browser's own
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; object-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
