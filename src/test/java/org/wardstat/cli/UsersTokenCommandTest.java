package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

/** `./wardstat users token`: a personal API token printed once, only its hash kept, revoked. Its own workspace: no other user in it. */
class UsersTokenCommandTest extends CommandLineTest {


    @Test
    void aTokenIsPrintedOnceAndRevoked() {
        assertThat(run("catalog", "--org-units", "sample-data/org-units.csv").exitCode()).isZero();
        assertThat(withStdin("mat-khau-thanh-pho\n", "users", "add", "api.tp", "--role", "leader", "--unit", "tp-bac-kan",
                "--password-stdin").exitCode()).isZero();
        Run made = run("users", "token", "api.tp");
        assertThat(made.exitCode()).as(made.output()).isZero();
        assertThat(made.output()).contains("Khóa truy cập API mới của “api.tp” (chỉ hiện một lần;");
        String token = made.output().lines().filter(line -> line.startsWith("wst_")).findFirst().orElseThrow();
        assertThat(token).hasSize(4 + 43);
        assertThat(run("users", "token", "api.tp").output()).as("a second one, another token").doesNotContain(token);

        Run revoked = run("users", "token", "api.tp", "--revoke");
        assertThat(revoked.output()).contains("Đã thu hồi 2 khóa truy cập API của “api.tp”.");
        assertThat(run("users", "token", "api.tp", "--revoke").output()).contains("Đã thu hồi 0 khóa truy cập API");
        Run nobody = run("users", "token", "khong-co");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.output()).contains("wardstat: ");
    }
}
