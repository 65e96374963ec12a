package org.energydiag.core.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagementAnswersTest {

    private static ManagementAnswers sample() {
        return ManagementAnswers.empty()
                .withAnswer("SYS-1", Answer.YES)
                .withAnswer("OPE-2", Answer.NO)
                .withAnswer("MET-3", Answer.PARTIAL)
                .withAnswer("CER-3", Answer.NOT_APPLICABLE)
                .withNote("SYS-1", "《能源管理办法》2023 年修订版")
                .withMetering(List.of(new MeteringCount("电力", MeteringLevel.EQUIPMENT, 20, 18),
                        new MeteringCount("天然气", MeteringLevel.UNIT, 1, 1)))
                .withParagraph("企业能源管理……");
    }

    @Test
    void jsonRoundTripWithAPlainObjectMapper() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        ManagementAnswers a = sample();
        String json = mapper.writeValueAsString(a);
        assertThat(json).contains("\"SYS-1\":\"YES\"").contains("\"EQUIPMENT\"").doesNotContain("ratePercent");
        ManagementAnswers back = mapper.readValue(json, ManagementAnswers.class);
        assertThat(back).isEqualTo(a);
        assertThat(back.hashCode()).isEqualTo(a.hashCode());

        ManagementAnswers empty = mapper.readValue("{}", ManagementAnswers.class);
        assertThat(empty).isEqualTo(ManagementAnswers.empty());
        assertThat(mapper.readValue(mapper.writeValueAsString(ManagementAnswers.empty()), ManagementAnswers.class))
                .isEqualTo(ManagementAnswers.empty());
    }

    @Test
    void nullsBecomeEmptyAndCollectionsAreImmutable() {
        ManagementAnswers a = new ManagementAnswers(null, null, null, null);
        assertThat(a).isEqualTo(ManagementAnswers.empty());
        assertThat(a.paragraph()).isEmpty();
        assertThatThrownBy(() -> a.answers().put("SYS-1", Answer.YES)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.notes().put("SYS-1", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.metering().add(null)).isInstanceOf(UnsupportedOperationException.class);

        Map<String, Answer> withNull = new HashMap<>();
        withNull.put("SYS-1", null);
        withNull.put("SYS-2", Answer.YES);
        assertThat(new ManagementAnswers(withNull, Map.of("X", "  "), null, "").answers()).containsOnlyKeys("SYS-2");
    }

    @Test
    void withersCopyAndRemove() {
        ManagementAnswers a = sample();
        assertThat(a.answer("SYS-1")).isEqualTo(Answer.YES);
        assertThat(a.note("SYS-1")).contains("能源管理办法");
        assertThat(a.note("SYS-2")).isEmpty();

        ManagementAnswers b = a.withAnswer("SYS-1", null).withNote("SYS-1", " ");
        assertThat(b.answer("SYS-1")).isNull();
        assertThat(b.notes()).isEmpty();
        assertThat(a.answer("SYS-1")).isEqualTo(Answer.YES); // original unchanged

        // value equality regardless of insertion order
        ManagementAnswers c = ManagementAnswers.empty().withAnswer("B", Answer.NO).withAnswer("A", Answer.YES);
        ManagementAnswers d = ManagementAnswers.empty().withAnswer("A", Answer.YES).withAnswer("B", Answer.NO);
        assertThat(c).isEqualTo(d);
    }
}
