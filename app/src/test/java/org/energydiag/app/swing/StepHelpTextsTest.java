package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import org.energydiag.app.text.Texts;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every chapter's step has its help (F1): what it is for, what the template asks, where its figures go in the plan. */
class StepHelpTextsTest {

    @ParameterizedTest
    @EnumSource(Chapter.class)
    void everyChapterHasItsHelp(Chapter c) {
        for (String key : new String[] {HelpDialog.purposeKey(c), HelpDialog.templateKey(c), HelpDialog.figuresKey(c)}) {
            assertThat(Texts.has(key)).as("help text %s of %s", key, c).isTrue();
            assertThat(Texts.get(key)).as(key).isNotBlank();
        }
        // the figures name where they go: a section of the plan (一…四) or a table/figure number
        for (String line : Texts.get(HelpDialog.figuresKey(c)).split("\n")) {
            assertThat(line).as("%s: %s", c, line).contains("→").containsPattern("[一二三四]（|[一二三四]、|表\\d-\\d|图\\d-\\d|附件|封面");
        }
        String html = HelpDialog.stepHtml(c);
        assertThat(html).contains(c.section()).contains(c.title()).doesNotContain("!help.");
    }

    @Test
    void theTemplateTextsQuoteTheirChapterOfTheTemplate() {
        // each chapter's template text starts from its own heading of 附件2
        assertThat(Texts.get(HelpDialog.templateKey(Chapter.ENERGY))).contains("一（三）能源消费情况");
        assertThat(Texts.get(HelpDialog.templateKey(Chapter.KEY_PROJECTS))).contains("表3-1");
        assertThat(Texts.get(HelpDialog.templateKey(Chapter.TASKS))).contains("8. 其他类型任务");
        assertThat(Texts.get("help.start.text")).contains("诊断").contains("建议").contains("实施").contains("反馈");
    }
}
