package org.energydiag.core.retrofit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.energydiag.core.text.Texts;

/** 表3-1 节能降碳改造重点任务清单: rows grouped by phase (短期, 中期, 长期), numbered within each phase. */
public final class Table31 {

    /** The template's columns, exactly. */
    public static final List<String> COLUMNS = List.of(Texts.get("retrofit.table31Phase"), Texts.get("retrofit.table31Number"),
            Texts.get("retrofit.table31Name"), Texts.get("retrofit.table31Content"), Texts.get("retrofit.table31Investment"),
            Texts.get("retrofit.table31Effect"), Texts.get("retrofit.table31Time"));

    /** One row; {@code investmentWanYuan} null when not estimated. */
    public record Row(Phase phase, int number, String name, String content, Double investmentWanYuan, String effect,
                      String time, String projectId) {
    }

    private Table31() {
    }

    public static List<Row> rows(List<KeyProject> projects) {
        List<Row> out = new ArrayList<>();
        for (Phase ph : Phase.values()) {
            int n = 1;
            for (KeyProject p : projects) {
                if (p.phase() == ph) {
                    out.add(new Row(ph, n++, p.name(), p.content(), p.investmentWanYuan(), effect(p),
                            p.implementationTime(), p.id()));
                }
            }
        }
        return out;
    }

    /** 预期实施效果: the engineer's text, or one made from the estimates. */
    public static String effect(KeyProject p) {
        if (!p.expectedEffect().isBlank()) {
            return p.expectedEffect();
        }
        List<String> parts = new ArrayList<>();
        if (p.savingTce() != null) {
            parts.add(Texts.format("retrofit.effectSaving", f(p.savingTce())));
        }
        if (p.reductionTco2() != null) {
            parts.add(Texts.format("retrofit.effectReduction", f(p.reductionTco2())));
        }
        if (p.costSavingWanYuan() != null) {
            parts.add(Texts.format("retrofit.effectCostSaving", f(p.costSavingWanYuan())));
        }
        return String.join("，", parts);
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%,.2f", v).replaceAll("\\.00$", "");
    }
}
