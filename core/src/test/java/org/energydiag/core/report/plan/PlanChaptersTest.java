package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.energydiag.core.project.Chapter;
import org.junit.jupiter.api.Test;

/** The plan document follows the one list of chapters. */
class PlanChaptersTest {

    @Test
    void everyChapterHasItsSectionInThePlan() {
        assertThat(PlanDocxWriter.SECTIONS.keySet()).isEqualTo(EnumSet.allOf(Chapter.class));
    }

    @Test
    void chaptersAreInTheTemplatesOrderWithTitlesAndParts() {
        assertThat(Chapter.values()).extracting(Chapter::section).containsExactly("一（一）", "一（二）1", "一（二）2", "一（三）",
                "一（四）", "一（五）", "二", "三（一）", "三（二）", "三（三）", "三（四）", "四");
        assertThat(Chapter.values()).extracting(Chapter::part).isSorted();
        assertThat(Chapter.ENERGY.title()).isEqualTo("能源消费情况");
        assertThat(Chapter.ATTACHMENTS.partTitle()).isEqualTo("四、随附材料");
        for (Chapter c : Chapter.values()) {
            assertThat(c.title()).doesNotStartWith("!");
            assertThat(c.partTitle()).doesNotStartWith("!");
        }
    }

    @Test
    void planCheckTargetsNameTheirChapter() {
        assertThat(Chapter.ofTarget("enterprise#creditCode")).contains(Chapter.ENTERPRISE);
        assertThat(Chapter.ofTarget("retrofit#targets")).contains(Chapter.TARGETS);
        assertThat(Chapter.ofTarget("retrofit")).contains(Chapter.TASKS);
        assertThat(Chapter.ofTarget("keyProjects#kp-1")).contains(Chapter.KEY_PROJECTS);
        assertThat(Chapter.ofTarget("nothing")).isEmpty();
        for (Chapter c : Chapter.values()) {
            assertThat(Chapter.ofTarget(c.id())).contains(c);
        }
    }
}
