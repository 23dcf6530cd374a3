package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wardstat.users.Role;

/**
 * Repeated failed sign-ins lock a name, or an address, out for a while, said on the sign-in page
 * in Vietnamese; failures older than the lockout, or before a successful sign-in, do not count.
 * And a user changes their own password. Through the HTTP layer, with the default limits (5 per
 * name, 20 per address, 15 minutes).
 */
class SignInThrottlingTest extends WebTest {

    private static final String NEW_PASSWORD = "mat-khau-moi-cua-an";

    @BeforeEach
    void twoUsers() {
        user("an.tp", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An");
        user("binh.tp", Role.LEADER, "tp-bac-kan", "Trần Văn Bình");
    }

    @Test
    void fiveFailuresLockTheNameOutEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("an.tp", "sai-mat-khau-" + i).location()).endsWith("/login?error");
        }
        WebSession browser = new WebSession(port);
        WebSession.Response refused = browser.submit("/login", "/login", Map.of("username", "an.tp", "password", PASSWORD));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/login?locked");
        assertThat(browser.get("/login?locked").text())
                .contains("Tên đăng nhập “an.tp” tạm bị khóa vì đăng nhập sai nhiều lần liên tiếp. Vui lòng thử lại sau 15 phút");
        assertThat(browser.get("/").location()).as("not signed in").endsWith("/login");
        assertThat(count("select count(*) from audit_event where action = 'sign-in-failed' and actor = 'an.tp'"))
                .as("a refused attempt is not a failure: it does not lengthen the lockout").isEqualTo(5);
        assertThat(jdbc.sql("select org_unit_code || ': ' || detail from audit_event where action = 'sign-in-throttled'")
                .query(String.class).single())
                .isEqualTo("tp-bac-kan: Tên đăng nhập đang bị tạm khóa vì đăng nhập sai nhiều lần; còn 15 phút.");
        // another name from the same address is not concerned
        signedIn("binh.tp");
    }

    @Test
    void failuresOlderThanTheLockoutOrBeforeASuccessDoNotCount() {
        for (int i = 0; i < 5; i++) {
            failureAt("an.tp", "16 minutes");
        }
        signedIn("an.tp");
        for (int i = 0; i < 4; i++) {
            attempt("an.tp", "sai-mat-khau-" + i);
        }
        signedIn("an.tp");
        for (int i = 0; i < 4; i++) {
            attempt("an.tp", "sai-mat-khau-" + i);
        }
        // 8 failures in the last minutes, but a success between them: 4 count, and a fifth locks the name out
        assertThat(attempt("an.tp", "sai").location()).endsWith("/login?error");
        assertThat(attempt("an.tp", PASSWORD).location()).endsWith("/login?locked");
    }

    @Test
    void twentyFailuresFromOneAddressLockItOutForEveryName() {
        for (int i = 0; i < 20; i++) {
            attempt("ten-" + i, "sai-mat-khau");
        }
        WebSession browser = new WebSession(port);
        assertThat(browser.submit("/login", "/login", Map.of("username", "binh.tp", "password", PASSWORD)).location())
                .endsWith("/login?locked");
        assertThat(browser.get("/login?locked").text())
                .contains("Máy này tạm bị chặn đăng nhập vì đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
        assertThat(browser.get("/login?locked&lang=en").text()).doesNotContain("Máy này").as("said once");
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        WebSession an = signedIn("an.tp");
        assertThat(an.get("/").text()).contains("href=\"/account/password\"", "Đổi mật khẩu");
        an.submit("/account/password", "/account/password", Map.of("current", "khong-phai", "password", NEW_PASSWORD,
                "passwordAgain", NEW_PASSWORD));
        assertThat(an.get("/account/password").text()).contains("Mật khẩu hiện tại không đúng.");
        an.submit("/account/password", "/account/password", Map.of("current", PASSWORD, "password", "ngan", "passwordAgain", "ngan"));
        assertThat(an.get("/account/password").text()).contains("ít nhất 10 ký tự");
        an.submit("/account/password", "/account/password", Map.of("current", PASSWORD, "password", NEW_PASSWORD,
                "passwordAgain", NEW_PASSWORD));
        assertThat(an.get("/account/password").text()).contains("Đã đổi mật khẩu. Lần đăng nhập sau dùng mật khẩu mới.");

        assertThat(attempt("an.tp", PASSWORD).location()).endsWith("/login?error");
        new WebSession(port).signIn("an.tp", NEW_PASSWORD);
        assertThat(jdbc.sql("select actor || ' ' || org_unit_code || ' ' || detail from audit_event where action = 'user-change'")
                .query(String.class).single()).isEqualTo("an.tp tp-bac-kan an.tp đổi mật khẩu của mình.");
    }

    private WebSession.Response attempt(String username, String password) {
        return new WebSession(port).submit("/login", "/login", Map.of("username", username, "password", password));
    }

    /** A failed sign-in some time before the test's clock. */
    private void failureAt(String username, String before) {
        jdbc.sql("""
                insert into audit_event (at, actor, channel, action, org_unit_code, detail, remote_address)
                values (cast(:now as timestamptz) - cast(:before as interval), :name, 'web', 'sign-in-failed', 'tp-bac-kan', '', '127.0.0.1')
                """).param("now", Timestamp.from(NOW)).param("before", before).param("name", username).update();
    }
}
