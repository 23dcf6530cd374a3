package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

/** `./wardstat users`: the first admin from the command line, a password from stdin for scripts, never a weak one. */
class UsersCommandTest extends CommandLineTest {


    @Test
    void theFirstAdminIsCreatedFromTheCommandLineAndListed() {
        assertThat(run("catalog", "--org-units", "sample-data/org-units.csv").exitCode()).isZero();
        Run none = run("users", "list");
        assertThat(none.output()).contains("Chưa có người dùng nào. Tạo quản trị viên đầu tiên: ./wardstat users add TÊN --role admin --unit vn");

        Run added = withStdin("mot-mat-khau-dai\n", "users", "add", "quan-tri", "--role", "admin", "--unit", "vn",
                "--name", "Nguyễn Quản Trị", "--password-stdin");
        assertThat(added.exitCode()).as(added.output()).isZero();
        assertThat(added.output()).contains("Đã tạo người dùng quan-tri (Quản trị hệ thống, đơn vị vn).")
                .doesNotContain("mot-mat-khau-dai");
        Run analyst = withStdin("mat-khau-bac-kan\n", "users", "add", "an.bk", "--role", "Analyst", "--unit", "tp-bac-kan",
                "--password-stdin", "--lang", "en");
        assertThat(analyst.output()).contains("User an.bk created (Analyst, unit tp-bac-kan).");

        Run list = run("users", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.output()).containsPattern("an\\.bk +Cán bộ thống kê +tp-bac-kan +an\\.bk")
                .containsPattern("quan-tri +Quản trị hệ thống +vn +Nguyễn Quản Trị").doesNotContain("bcrypt");
        // created today in Việt Nam (the tests run in UTC, seven hours behind: from 17:00 UTC the dates differ)
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(list.output()).contains(today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    @Test
    void weakPasswordsUnknownRolesAndUnitsAreRefused() {
        Run weak = withStdin("ngan\n", "users", "add", "lan", "--role", "leader", "--unit", "vn", "--password-stdin");
        assertThat(weak.exitCode()).isEqualTo(1);
        assertThat(weak.output()).contains("wardstat: Mật khẩu quá ngắn: cần ít nhất 10 ký tự.")
                .as("refused before any database starts").doesNotContain("Cơ sở dữ liệu");

        Run role = withStdin("mat-khau-dai-du\n", "users", "add", "lan", "--role", "boss", "--unit", "vn", "--password-stdin");
        assertThat(role.exitCode()).isEqualTo(2);
        assertThat(role.output()).contains("Vai trò “boss” không có; dùng leader, analyst hoặc admin.");

        Run unit = withStdin("mat-khau-dai-du\n", "users", "add", "lan", "--role", "leader", "--unit", "quan-9", "--password-stdin");
        assertThat(unit.exitCode()).isEqualTo(1);
        assertThat(unit.output()).contains("Không có đơn vị mã “quan-9” trong danh mục đơn vị");

        // a test has no console: without --password-stdin the command says how to give the password
        Run noConsole = run("users", "add", "lan", "--role", "leader", "--unit", "vn");
        assertThat(noConsole.exitCode()).isEqualTo(2);
        assertThat(noConsole.output()).contains("Không có màn hình nhập để hỏi mật khẩu: dùng --password-stdin");
    }

    @Test
    void serveAndUsersHaveHelp() {
        assertThat(run("serve", "--help").output()).contains("Cách dùng: wardstat serve", "--port=PORT", "./wardstat users add NAME --role admin --unit vn");
        assertThat(run("users", "add", "--help").output()).contains("--role=admin|analyst|clerk|leader", "--unit=CODE", "--password-stdin");
    }

}
