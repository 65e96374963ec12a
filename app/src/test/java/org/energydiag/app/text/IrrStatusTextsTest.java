package org.energydiag.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.energydiag.core.retrofit.Finance;
import org.junit.jupiter.api.Test;

/** The key-project list names each IRR status by a key built from the status ({@code keyProjects.irrShort.<STATUS>}). */
class IrrStatusTextsTest {

    @Test
    void everyIrrStatusHasItsShortText() {
        for (Finance.IrrStatus s : Finance.IrrStatus.values()) {
            assertThat(Texts.has("keyProjects.irrShort." + s.name())).as(s.name()).isTrue();
            assertThat(s.text()).as(s.name()).isNotBlank().doesNotStartWith("!");
        }
        // "no root" and "out of range" / "not conventional" read differently
        assertThat(Texts.get("keyProjects.irrShort.NEVER_RECOVERS")).isNotEqualTo(Texts.get("keyProjects.irrShort.OUT_OF_RANGE"))
                .isNotEqualTo(Texts.get("keyProjects.irrShort.NOT_CONVENTIONAL"));
    }
}
