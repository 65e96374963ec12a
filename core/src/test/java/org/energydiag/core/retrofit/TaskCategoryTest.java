package org.energydiag.core.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Template 三（二）: eight task categories, in this order, with exactly these names. */
class TaskCategoryTest {

    @Test
    void eightTemplateLabelsInTemplateOrder() {
        assertThat(Arrays.stream(TaskCategory.values()).map(TaskCategory::label)).containsExactly(
                "合规整改类",
                "工艺系统节能提效类",
                "重点用能装备改造类",
                "公辅系统优化类",
                "能源结构优化与低碳替代类",
                "数字化与智能化提升类",
                "节能降碳管理提升类",
                "其他类型");
    }

    @Test
    void everyCategoryHasAScopeText() {
        assertThat(TaskCategory.values()).allSatisfy(c -> assertThat(c.scope()).isNotBlank());
        assertThat(TaskCategory.AUXILIARY.scope()).contains("变压器系统").contains("空压系统");
    }
}
