package org.energydiag.core.management;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The scored result of {@link ManagementAnswers}: total and per-area scores, gaps, metering checks
 * against GB 17167-2006, a level and a paragraph for the diagnosis report.
 *
 * @param score              points earned
 * @param maxScore           points possible over the answered, applicable items
 * @param percent            score / maxScore × 100, 0 when nothing was scored
 * @param byArea             per area, in {@link ManagementArea} order (areas with no items left out)
 * @param gaps               items answered NO or PARTIAL, in checklist order
 * @param unanswered         items without an answer, in checklist order
 * @param metering           each metering count checked against the table
 * @param level              "较好" (≥ 85 %), "一般" (60 % to under 85 %), "较差" (< 60 %), or "未评价"
 *                           when no applicable item was answered
 * @param generatedParagraph report text; paragraphs separated by a line feed
 */
public record ManagementAssessment(double score, double maxScore, double percent, Map<ManagementArea, AreaScore> byArea,
                                   List<ManagementItem> gaps, List<ManagementItem> unanswered,
                                   List<MeteringResult> metering, String level, String generatedParagraph) {

    public static final String GOOD = "较好";
    public static final String FAIR = "一般";
    public static final String POOR = "较差";
    public static final String NOT_RATED = "未评价";

    /** Score of one area; {@code answered} counts applicable answered items. */
    public record AreaScore(ManagementArea area, double score, double maxScore, int answered) {
        public double percent() {
            return maxScore > 0 ? score * 100 / maxScore : 0;
        }
    }

    public ManagementAssessment {
        byArea = Collections.unmodifiableMap(new EnumMap<>(byArea));
        gaps = List.copyOf(gaps);
        unanswered = List.copyOf(unanswered);
        metering = List.copyOf(metering);
    }

    /** The level for a score percentage; {@link #NOT_RATED} when {@code maxScore} is 0. */
    public static String level(double percent, double maxScore) {
        if (!(maxScore > 0)) {
            return NOT_RATED;
        }
        if (percent >= 85 - 1e-9) {
            return GOOD;
        }
        return percent >= 60 - 1e-9 ? FAIR : POOR;
    }

    public static ManagementAssessment of(ManagementAnswers a) {
        double score = 0;
        double max = 0;
        Map<ManagementArea, double[]> sums = new EnumMap<>(ManagementArea.class);
        Map<ManagementArea, Integer> answeredByArea = new EnumMap<>(ManagementArea.class);
        List<ManagementItem> gaps = new ArrayList<>();
        List<ManagementItem> unanswered = new ArrayList<>();
        for (ManagementItem item : ManagementChecklist.items()) {
            double[] s = sums.computeIfAbsent(item.area(), k -> new double[2]);
            answeredByArea.putIfAbsent(item.area(), 0);
            Answer ans = a.answer(item.id());
            if (ans == null) {
                unanswered.add(item);
                continue;
            }
            if (!ans.counts()) {
                continue;
            }
            double pts = ans.score(item.maxScore());
            score += pts;
            max += item.maxScore();
            s[0] += pts;
            s[1] += item.maxScore();
            answeredByArea.merge(item.area(), 1, Integer::sum);
            if (ans == Answer.NO || ans == Answer.PARTIAL) {
                gaps.add(item);
            }
        }
        Map<ManagementArea, AreaScore> byArea = new EnumMap<>(ManagementArea.class);
        sums.forEach((area, s) -> byArea.put(area, new AreaScore(area, s[0], s[1], answeredByArea.get(area))));
        double percent = max > 0 ? score * 100 / max : 0;
        String level = level(percent, max);
        List<MeteringResult> metering = a.metering().stream().map(ManagementChecklist::checkMetering).toList();
        String text = paragraph(a, score, max, percent, level, byArea, unanswered, metering);
        return new ManagementAssessment(score, max, percent, byArea, gaps, unanswered, metering, level, text);
    }

    // ---------------------------------------------------------------- report text

    private static final String CERT = "CER-1";

    private static String paragraph(ManagementAnswers a, double score, double max, double percent, String level,
                                    Map<ManagementArea, AreaScore> byArea, List<ManagementItem> unanswered,
                                    List<MeteringResult> metering) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        int total = ManagementChecklist.items().size();
        long notApplicable = ManagementChecklist.items().stream()
                .filter(i -> a.answer(i.id()) == Answer.NOT_APPLICABLE).count();
        if (NOT_RATED.equals(level)) {
            p.append("企业能源管理情况尚未评价（能源管理检查表未填写）。");
        } else {
            p.append("对照能源管理检查表逐项核查（共").append(total).append("项");
            if (notApplicable > 0) {
                p.append("，其中").append(notApplicable).append("项不适用");
            }
            if (!unanswered.isEmpty()) {
                p.append("，").append(unanswered.size()).append("项未填写、未计入评价");
            }
            p.append("），企业能源管理得分").append(num(score)).append("分（满分").append(num(max))
                    .append("分），得分率").append(pct(percent)).append("%，能源管理水平总体").append(level).append("。");
            weakestArea(byArea, percent).ifPresent(w -> p.append("其中").append(w.area().label())
                    .append("方面相对薄弱，得分率").append(pct(w.percent())).append("%。"));

            List<String> strengths = new ArrayList<>();
            List<String> weaknesses = new ArrayList<>();
            for (ManagementItem item : ManagementChecklist.items()) {
                Answer ans = a.answer(item.id());
                if (ans == null || item.id().equals(CERT)) {
                    continue;
                }
                ManagementChecklist.Phrase ph = ManagementChecklist.phrase(item.id());
                String note = a.note(item.id()).isEmpty() ? "" : "（" + a.note(item.id()) + "）";
                switch (ans) {
                    case YES -> strengths.add(ph.yes() + note);
                    case PARTIAL -> weaknesses.add(ph.topic() + "已有一定基础但尚不完善" + note);
                    case NO -> weaknesses.add(ph.no() + note);
                    case NOT_APPLICABLE -> { }
                }
            }
            if (!strengths.isEmpty()) {
                p.append("企业").append(String.join("，", strengths)).append("。");
            }
            if (!weaknesses.isEmpty()) {
                p.append("存在的主要不足有：").append(String.join("；", weaknesses)).append("。");
            }
            certification(a).ifPresent(p::append);
        }
        paragraphs.add(p.toString());
        meteringText(metering).ifPresent(paragraphs::add);
        return String.join("\n", paragraphs);
    }

    /** The area with the lowest score rate, when it is clearly below the overall rate and below 85 %. */
    private static Optional<AreaScore> weakestArea(Map<ManagementArea, AreaScore> byArea, double overall) {
        return byArea.values().stream()
                .filter(s -> s.maxScore() > 0)
                .min(Comparator.comparingDouble(AreaScore::percent))
                .filter(s -> s.percent() < 85 - 1e-9 && s.percent() < overall - 1e-9);
    }

    private static Optional<String> certification(ManagementAnswers a) {
        Answer ans = a.answer(CERT);
        if (ans == null || ans == Answer.NOT_APPLICABLE) {
            return Optional.empty();
        }
        String note = a.note(CERT).isEmpty() ? "" : "（" + a.note(CERT) + "）";
        return Optional.of(switch (ans) {
            case YES -> "企业已通过能源管理体系认证" + note + "。";
            case PARTIAL -> "企业能源管理体系认证工作正在推进，尚未取得认证" + note
                    + "，建议按 GB/T 23331-2020 完善体系运行后申请认证。";
            default -> "企业尚未通过能源管理体系认证" + note
                    + "，建议按 GB/T 23331-2020 建立、实施并保持能源管理体系，可参照 GB/T 15587-2023 分阶段推进。";
        });
    }

    private static Optional<String> meteringText(List<MeteringResult> metering) {
        List<MeteringResult> shown = metering.stream().filter(r -> r.count().required() > 0).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (MeteringResult r : shown) {
            MeteringCount c = r.count();
            StringBuilder s = new StringBuilder();
            s.append(c.energyKind()).append("（").append(c.level().label()).append("）应配").append(c.required())
                    .append("个计量点、已配").append(Math.min(c.installed(), c.required())).append("个，配备率")
                    .append(pct(r.ratePercent())).append("%");
            if (r.requiredPercent() == null) {
                s.append("（标准未作要求）");
            } else {
                s.append("，要求不低于").append(ManagementChecklist.formatPercent(r.requiredPercent())).append("%，")
                        .append(r.meets() ? "达标" : "不达标");
                if (!r.meets()) {
                    failed.add(c.energyKind() + "（" + c.level().label() + "）");
                }
            }
            parts.add(s.toString());
        }
        StringBuilder t = new StringBuilder("能源计量器具配备方面，对照 ")
                .append(ManagementChecklist.GB17167).append("的配备率要求核查：")
                .append(String.join("；", parts)).append("。");
        boolean anyChecked = shown.stream().anyMatch(MeteringResult::checked);
        if (!failed.isEmpty()) {
            t.append(String.join("、", failed)).append("的能源计量器具配备率不满足标准要求，应补充配备计量器具。");
        } else if (anyChecked) {
            t.append("所核查各级能源计量器具配备率均满足标准要求。");
        }
        return Optional.of(t.toString());
    }

    private static String num(double v) {
        return ManagementChecklist.formatPercent(v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
