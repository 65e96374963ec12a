package org.energydiag.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.energydiag.core.project.Chapter;
import org.junit.jupiter.api.Test;

/** The window's steps follow the one list of chapters: one step per chapter, in its order. */
class StepTest {

    @Test
    void oneStepPerChapterInTheChaptersOrder() {
        assertThat(Arrays.stream(Step.values()).map(Step::chapter).toList()).containsExactly(Chapter.values());
        for (Chapter c : Chapter.values()) {
            assertThat(Step.of(c).chapter()).isEqualTo(c);
            assertThat(Step.of(c).title()).isEqualTo(c.title());
            assertThat(Step.of(c).section()).isEqualTo(c.section());
        }
        assertThat(Step.ENERGY.title()).isEqualTo("能源消费情况");
        assertThat(Step.EXPORT.section()).isEqualTo("四");
    }
}
