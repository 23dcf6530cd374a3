package org.wardstat.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wardstat.users.ApiTokens;
import org.wardstat.users.SignedInUser;

/**
 * The read API's own security: no session, no sign-in page, no CSRF (no cookie is sent, so none
 * can be forged); a personal token in {@code Authorization: Bearer …} on every request. Without
 * one, or with a wrong or revoked one, 401; what a user may see is the pages' rule (their unit's
 * subtree), checked by the controllers. The OpenAPI description is public.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/openapi.json").permitAll()
                        .anyRequest().hasRole("LEADER"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokens(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                                "a valid personal token is needed: Authorization: Bearer TOKEN (./wardstat users token NAME)"))
                        .accessDeniedHandler((request, response, e) -> refuse(response, HttpServletResponse.SC_FORBIDDEN,
                                "not allowed")));
        return http.build();
    }

    static void refuse(HttpServletResponse response, int status, String why) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + why.replace("\"", "'") + "\"}");
    }

    /** The user of a bearer token, as the request's principal; a token given but not in force is refused there and then. */
    static final class BearerTokens extends OncePerRequestFilter {

        private final ApiTokens tokens;

        BearerTokens(ApiTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                chain.doFilter(request, response);
                return;
            }
            SignedInUser user = tokens.user(header.substring(7).strip()).orElse(null);
            if (user == null) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "the token is unknown, revoked, or its user disabled");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
