package org.wardstat.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens. A token is 32 random bytes, shown once when made; the database keeps only
 * its SHA-256 hash (a token is random, not a password: a fast hash is enough, and lets a request
 * find its token by an index). A token answers for its user as they are now: a disabled user's
 * tokens open nothing, and a revoked token never again.
 */
@Service
public class ApiTokens {

    /** Tokens say what they are, so that one pasted into the wrong place is recognised. */
    static final String PREFIX = "wst_";

    private final JdbcClient jdbc;
    private final Users users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** A new token of the user, to be shown to them once. */
    public String create(String username) {
        AppUser user = users.find(username).orElseThrow(() -> new UserRefused("users.refused.unknown", username));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (user_id, token_hash, created_at) values (:user, :hash, :at)")
                .param("user", user.id()).param("hash", hash(token)).param("at", Timestamp.from(clock.instant())).update();
        return token;
    }

    /** Revokes every token of the user still in force; how many that was. */
    public int revoke(String username) {
        AppUser user = users.find(username).orElseThrow(() -> new UserRefused("users.refused.unknown", username));
        return jdbc.sql("update api_token set revoked_at = :at where user_id = :user and revoked_at is null")
                .param("at", Timestamp.from(clock.instant())).param("user", user.id()).update();
    }

    /** The enabled user a token in force belongs to; marks the token used. */
    public Optional<SignedInUser> user(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<String> username = jdbc.sql("""
                update api_token t set last_used_at = :at from app_user u
                where t.token_hash = :hash and t.revoked_at is null and u.id = t.user_id
                returning u.username
                """).param("at", Timestamp.from(clock.instant())).param("hash", hash(token)).query(String.class).optional();
        return username.flatMap(users::find).filter(AppUser::enabled).map(user -> new SignedInUser(user, null));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
