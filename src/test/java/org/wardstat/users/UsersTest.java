package org.wardstat.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.wardstat.PipelineTest;

/** Users as stored: a bcrypt hash and never the password, and the refusals a person can run into. */
class UsersTest extends PipelineTest {

    @Autowired
    Users users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void onlyABcryptHashOfThePasswordIsStored() {
        AppUser added = users.add("an.nv", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An", "mat-khau-dai-1".toCharArray());

        String stored = jdbc.sql("select password_hash from app_user where username = 'an.nv'").query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2a$10$").doesNotContain("mat-khau-dai-1").hasSize("{bcrypt}".length() + 60);
        assertThat(encoder.matches("mat-khau-dai-1", stored)).isTrue();
        assertThat(encoder.matches("mat-khau-dai-2", stored)).isFalse();
        assertThat(added).extracting(AppUser::username, AppUser::role, AppUser::orgUnitCode, AppUser::displayName, AppUser::enabled)
                .containsExactly("an.nv", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An", true);
        // the same password twice gives two hashes (a salt each)
        users.add("binh.tt", Role.LEADER, "tp-bac-kan", null, "mat-khau-dai-1".toCharArray());
        assertThat(jdbc.sql("select password_hash from app_user where username = 'binh.tt'").query(String.class).single())
                .isNotEqualTo(stored);
        assertThat(users.find("binh.tt").orElseThrow().displayName()).isEqualTo("binh.tt");
    }

    @Test
    void weakPasswordsUnknownUnitsBadNamesAndDuplicatesAreRefusedAndNothingIsStored() {
        assertRefused(() -> users.add("an.nv", Role.ADMIN, "vn", null, "ngan-qua".toCharArray()), "users.refused.weak-password");
        assertRefused(() -> users.add("an.nv", Role.ADMIN, "vn", null, "xin-chao-an.nv".toCharArray()), "users.refused.password-has-name");
        assertRefused(() -> users.add("an.nv", Role.ADMIN, "khong-co", null, "mat-khau-dai-1".toCharArray()), "users.refused.unit");
        assertRefused(() -> users.add("Nguyễn Văn An", Role.ADMIN, "vn", null, "mat-khau-dai-1".toCharArray()), "users.refused.username");
        assertThat(count("select count(*) from app_user")).isZero();

        users.add("an.nv", Role.ADMIN, "vn", null, "mat-khau-dai-1".toCharArray());
        assertRefused(() -> users.add("an.nv", Role.LEADER, "tp-bac-kan", null, "mat-khau-dai-2".toCharArray()), "users.refused.exists");
        assertThat(users.list()).extracting(AppUser::role).containsExactly(Role.ADMIN);
    }

    @Test
    void aDisabledUserIsKept() {
        users.add("an.nv", Role.LEADER, "tp-bac-kan", null, "mat-khau-dai-1".toCharArray());

        assertThat(users.setEnabled("an.nv", false)).isTrue();
        assertThat(users.find("an.nv").orElseThrow().enabled()).isFalse();
        assertThat(users.setEnabled("khong-co", false)).isFalse();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable add, String code) {
        assertThatThrownBy(add).isInstanceOfSatisfying(UserRefused.class, refused -> assertThat(refused.code()).isEqualTo(code));
    }
}
