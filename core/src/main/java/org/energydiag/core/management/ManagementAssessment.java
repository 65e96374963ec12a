package org.energydiag.core.management;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.text.Texts;

/**
 * The scored result of {@link ManagementAnswers}: total and per-area scores, gaps, metering checks
 * against GB 17167-2006, a level and the text of 一（四）: a summary and one paragraph for each
 * aspect the template (附件2) names.
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
 * @param summary            the score and level in one paragraph
 * @param aspects            per aspect of 一（四）, its text from the answers and the metering check (统计与分析:
 *                           the metering check follows after a line feed); "" where nothing was recorded (the
 *                           engineer's input is missing)
 * @param generatedParagraph report text: the summary, then each aspect as "label：text" (【待补充】 where
 *                           missing); paragraphs separated by a line feed
 */
public record ManagementAssessment(double score, double maxScore, double percent, Map<ManagementArea, AreaScore> byArea,
                                   List<ManagementItem> gaps, List<ManagementItem> unanswered,
                                   List<MeteringResult> metering, String level, String summary, Map<Aspect, String> aspects,
                                   String generatedParagraph) {

    public static final String GOOD = Texts.get("management.ratingGood");
    public static final String FAIR = Texts.get("management.ratingFair");
    public static final String POOR = Texts.get("management.ratingPoor");
    public static final String NOT_RATED = Texts.get("management.ratingNotRated");

    /**
     * The aspects of 一（四）能源管理情况 in the template's words (附件2: "说明企业能源管理制度建设情况、
     * 能源管理部门架构及职责、能源管理部门运行情况、能源统计与分析制度建设情况、数字化能源管理情况等"),
     * in its order, each with the checklist areas it is written from.
     */
    public enum Aspect {
        SYSTEM(ManagementArea.SYSTEM, ManagementArea.CERTIFICATION),
        ORGANIZATION(ManagementArea.ORGANIZATION),
        OPERATION(ManagementArea.OPERATION),
        STATISTICS(ManagementArea.STATISTICS, ManagementArea.METERING),
        DIGITAL(ManagementArea.DIGITAL);

        private final List<ManagementArea> areas;

        Aspect(ManagementArea... areas) {
            this.areas = List.of(areas);
        }

        public List<ManagementArea> areas() {
            return areas;
        }

        public String label() {
            return switch (this) {
                case SYSTEM -> Texts.get("management.aspectSystem");
                case ORGANIZATION -> Texts.get("management.aspectOrganization");
                case OPERATION -> Texts.get("management.aspectOperation");
                case STATISTICS -> Texts.get("management.aspectStatistics");
                case DIGITAL -> Texts.get("management.aspectDigital");
            };
        }
    }

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
        aspects = Collections.unmodifiableMap(new EnumMap<>(aspects));
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
        String summary = summary(a, score, max, percent, level, byArea, unanswered);
        Map<Aspect, String> aspects = aspects(a, metering);
        List<String> paragraphs = new ArrayList<>(List.of(summary));
        aspects.forEach((aspect, text) -> paragraphs.add(aspect.label() + "：" + (text.isEmpty() ? Texts.get("plan.toComplete") : text)));
        return new ManagementAssessment(score, max, percent, byArea, gaps, unanswered, metering, level, summary, aspects,
                String.join("\n", paragraphs));
    }

    // ---------------------------------------------------------------- report text

    private static final String CERT = "CER-1";

    private static String summary(ManagementAnswers a, double score, double max, double percent, String level,
                                  Map<ManagementArea, AreaScore> byArea, List<ManagementItem> unanswered) {
        if (NOT_RATED.equals(level)) {
            return Texts.get("management.notRated");
        }
        long notApplicable = ManagementChecklist.items().stream()
                .filter(i -> a.answer(i.id()) == Answer.NOT_APPLICABLE).count();
        String counted = (notApplicable > 0 ? Texts.format("management.notApplicableItems", notApplicable) : "")
                + (unanswered.isEmpty() ? "" : Texts.format("management.unansweredItems", unanswered.size()));
        StringBuilder p = new StringBuilder(Texts.format("management.scoreSentence", ManagementChecklist.items().size(), counted,
                num(score), num(max), pct(percent), level));
        weakestArea(byArea, percent).ifPresent(w -> p.append(Texts.format("management.weakestArea", w.area().label(),
                pct(w.percent()))));
        return p.toString();
    }

    /** Each aspect's paragraph: what exists, what is lacking, and (制度) the certification, (统计) the metering check. */
    private static Map<Aspect, String> aspects(ManagementAnswers a, List<MeteringResult> metering) {
        Map<Aspect, String> out = new EnumMap<>(Aspect.class);
        for (Aspect aspect : Aspect.values()) {
            List<String> strengths = new ArrayList<>();
            List<String> weaknesses = new ArrayList<>();
            boolean answered = false;
            for (ManagementItem item : ManagementChecklist.items()) {
                Answer ans = a.answer(item.id());
                if (ans == null || !aspect.areas().contains(item.area())) {
                    continue;
                }
                answered = true;
                if (item.id().equals(CERT)) {
                    continue;
                }
                ManagementChecklist.Phrase ph = ManagementChecklist.phrase(item.id());
                String note = a.note(item.id()).isEmpty() ? "" : Texts.format("management.answerNote", a.note(item.id()));
                switch (ans) {
                    case YES -> strengths.add(ph.yes() + note);
                    case PARTIAL -> weaknesses.add(Texts.format("management.partial", ph.topic(), note));
                    case NO -> weaknesses.add(ph.no() + note);
                    case NOT_APPLICABLE -> { }
                }
            }
            StringBuilder p = new StringBuilder();
            if (!strengths.isEmpty()) {
                p.append(Texts.format("management.strengths", String.join("，", strengths)));
            }
            if (!weaknesses.isEmpty()) {
                p.append(Texts.format("management.weaknesses", String.join("；", weaknesses)));
            }
            if (aspect == Aspect.SYSTEM) {
                certification(a).ifPresent(p::append);
            }
            if (aspect == Aspect.STATISTICS) {
                // the metering check in a paragraph of its own (it lists every energy kind and level)
                meteringText(metering).ifPresent(m -> p.append(p.length() == 0 ? "" : "\n").append(m));
            }
            if (p.length() == 0 && answered) {
                p.append(Texts.get("management.aspectNotApplicable"));
            }
            out.put(aspect, p.toString());
        }
        return out;
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
        String note = a.note(CERT).isEmpty() ? "" : Texts.format("management.answerNote", a.note(CERT));
        return Optional.of(switch (ans) {
            case YES -> Texts.format("management.certified", note);
            case PARTIAL -> Texts.format("management.certifying", note);
            default -> Texts.format("management.notCertified", note);
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
            String kind = c.energyKind();
            String level = c.level().label();
            int installed = Math.min(c.installed(), c.required());
            String rate = pct(r.ratePercent());
            if (r.requiredPercent() == null) {
                parts.add(Texts.format("management.meteringNotRequired", kind, level, c.required(), installed, rate));
            } else {
                String min = ManagementChecklist.formatPercent(r.requiredPercent());
                parts.add(r.meets() ? Texts.format("management.meteringMeets", kind, level, c.required(), installed, rate, min)
                        : Texts.format("management.meteringFails", kind, level, c.required(), installed, rate, min));
                if (!r.meets()) {
                    failed.add(Texts.format("management.meteringKindLevel", kind, level));
                }
            }
        }
        StringBuilder t = new StringBuilder(Texts.format("management.meteringChecked", Texts.get("management.gb17167Table"),
                String.join("；", parts)));
        boolean anyChecked = shown.stream().anyMatch(MeteringResult::checked);
        if (!failed.isEmpty()) {
            t.append(Texts.format("management.meteringFailed", String.join("、", failed)));
        } else if (anyChecked) {
            t.append(Texts.get("management.meteringAllMet"));
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
