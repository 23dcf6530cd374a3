package org.wardstat.users;

import java.nio.CharBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The users of the web pages. Created from the command line (the first admin) or by an admin on
 * the web; never a default user or password. Only a hash of a password is stored.
 */
@Service
public class Users {

    /** Long enough to resist guessing from a list; short enough that people can type it. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    /** Enough to catch a name or a typo in an address; the mail server judges the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
    private static final String COLUMNS = "id, username, role, org_unit_code, display_name, enabled, created_at, approver";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    Users(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A new user, password checked and hashed; refused with a reason the caller shows. */
    public AppUser add(String username, Role role, String unitCode, String displayName, char[] password) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new UserRefused("users.refused.username", name);
        }
        if (find(name).isPresent()) {
            throw new UserRefused("users.refused.exists", name);
        }
        java.util.Optional<String> level = unitCode == null ? java.util.Optional.empty()
                : jdbc.sql("select level from org_unit where code = :code").param("code", unitCode).query(String.class).optional();
        if (level.isEmpty()) {
            throw new UserRefused("users.refused.unit", unitCode);
        }
        if (role == Role.CLERK && !level.get().equals("ward")) {
            // a clerk enters one ward's figures: their own; a user of a district who enters figures is an analyst
            throw new UserRefused("users.refused.clerk-unit", unitCode);
        }
        checkPassword(name, password);
        String hash = encoder.encode(CharBuffer.wrap(password));
        return jdbc.sql("insert into app_user (username, password_hash, role, org_unit_code, display_name) "
                        + "values (:username, :hash, :role, :unit, :display) returning " + COLUMNS)
                .param("username", name).param("hash", hash).param("role", role.name()).param("unit", unitCode)
                .param("display", displayName == null || displayName.isBlank() ? name : displayName.strip())
                .query(Users::user).single();
    }

    /** Before anything is started: a weak password is refused at once. */
    public static void checkPassword(String username, char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new UserRefused("users.refused.weak-password", MIN_PASSWORD_LENGTH);
        }
        if (new String(password).toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new UserRefused("users.refused.password-has-name");
        }
    }

    public List<AppUser> list() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by username").query(Users::user).list();
    }

    public Optional<AppUser> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = :username").param("username", username)
                .query(Users::user).optional();
    }

    /** Disabled users cannot sign in; they are kept, so the runs they asked for still name them. */
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update app_user set enabled = :enabled where username = :username")
                .param("enabled", enabled).param("username", username).update() == 1;
    }

    /**
     * Gives or takes the approver right. A clerk enters a ward's own figures and never approves
     * them: the right is refused to a clerk.
     */
    public boolean setApprover(String username, boolean approver) {
        AppUser user = find(username).orElseThrow(() -> new UserRefused("users.refused.unknown", username));
        if (approver && user.role() == Role.CLERK) {
            throw new UserRefused("users.refused.clerk-approver", username);
        }
        return jdbc.sql("update app_user set approver = :approver where username = :username")
                .param("approver", approver).param("username", username).update() == 1;
    }

    /**
     * A user's own new password, given the one they have now: refused when that is wrong, when
     * the new one is weak, or when it is the same.
     */
    public void changePassword(String username, char[] current, char[] next) {
        String hash = passwordHash(username).orElseThrow(() -> new UserRefused("users.refused.unknown", username));
        if (current == null || !encoder.matches(CharBuffer.wrap(current), hash)) {
            throw new UserRefused("users.refused.wrong-password");
        }
        checkPassword(username, next);
        if (encoder.matches(CharBuffer.wrap(next), hash)) {
            throw new UserRefused("users.refused.same-password");
        }
        jdbc.sql("update app_user set password_hash = :hash where username = :username")
                .param("hash", encoder.encode(CharBuffer.wrap(next))).param("username", username).update();
    }

    /** An e-mail address as wardstat takes one, for a user or in a job's recipients file. */
    public static boolean isEmailAddress(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    /** Where the user gets the reports by e-mail, and in which language; an empty address takes them off the mail. */
    public boolean setEmail(String username, String email, String language) {
        find(username).orElseThrow(() -> new UserRefused("users.refused.unknown", username));
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !isEmailAddress(address)) {
            throw new UserRefused("users.refused.email", address);
        }
        return jdbc.sql("update app_user set email = :email, mail_language = :language where username = :username")
                .param("email", address).param("language", "en".equals(language) ? "en" : "vi").param("username", username).update() == 1;
    }

    /** Records a visit of the user's home page now; the previous visit's time, empty on the first. */
    public Optional<java.time.Instant> homeVisited(String username, java.time.Instant now) {
        Optional<java.sql.Timestamp> previous = jdbc.sql("""
                update app_user u set last_home_visit = :now from app_user old
                where u.id = old.id and u.username = :username returning old.last_home_visit
                """).param("now", java.sql.Timestamp.from(now)).param("username", username).query(java.sql.Timestamp.class).optional();
        return previous.map(java.sql.Timestamp::toInstant);
    }

    /** For signing in only. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = :username").param("username", username)
                .query(String.class).optional();
    }

    private static AppUser user(ResultSet rs, int row) throws SQLException {
        return new AppUser(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                rs.getString("org_unit_code"), rs.getString("display_name"), rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("approver"));
    }
}
