package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.energydiag.core.text.Texts;

/**
 * One row of the benchmark table. For {@code LIMIT_STANDARD} rows (GB 单位产品能源消耗限额) the
 * levels are 1级/2级/3级 (3级 = 限定值); for {@code POLICY} rows (工业重点领域能效标杆水平和基准水平)
 * level1 is 标杆水平 and level3 基准水平. Lower is better unless the indicator says otherwise.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Benchmark(String kind, String sector, String standard, String product, String indicator, String unit,
                        Double level1, Double level2, Double level3, String table, String note, String source,
                        String trust) {

    public boolean isPolicy() {
        return "POLICY".equals(kind);
    }

    /** Name of the better end: 标杆水平 or 1级. */
    public String advancedName() {
        return isPolicy() ? Texts.get("reference.benchmarkLevel") : Texts.get("reference.advancedLevel");
    }

    /** Name of the worse end: 基准水平 or 3级 (限定值). */
    public String baselineName() {
        return isPolicy() ? Texts.get("reference.baselineLevel") : Texts.get("reference.limitLevel");
    }
}
