package org.energydiag.core.sync;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.energydiag.core.text.Texts;

/**
 * One file of a submission, described by its checksum.
 *
 * @param name      file name inside the submission (also its name in an offline package): letters,
 *                  digits, CJK, '.', '-', '_' only — never a path
 * @param kind      what it is
 * @param mediaType MIME type sent to the platform
 * @param size      bytes
 * @param sha256    lower-case hex SHA-256 of the bytes
 */
public record SubmissionPart(String name, Kind kind, String mediaType, long size, String sha256) {

    /** The kinds of file a submission carries. */
    public enum Kind {
        /** The project data (.edproj content, JSON). */
        PROJECT(Texts.get("sync.partProject")),
        /** 节能降碳改造具体方案 (.docx). */
        PLAN(Texts.get("sync.partPlan")),
        /** 节能降碳诊断报告 (.docx). */
        DIAGNOSIS_REPORT(Texts.get("sync.partDiagnosisReport")),
        /** 企业碳排放核算报告 (.docx). */
        CARBON_REPORT(Texts.get("sync.partCarbonReport")),
        /** 产品碳足迹核算报告 (.docx), one per product. */
        FOOTPRINT_REPORT(Texts.get("sync.partFootprintReport")),
        /** 企业满意度调查表 answers (JSON). */
        SATISFACTION(Texts.get("sync.partSatisfaction")),
        /** The stamped form, scanned (pdf/jpg/png). */
        SCAN(Texts.get("sync.partScan")),
        /** The follow-up after the plan: implementation records, 回访, verification set-ups (JSON). */
        FOLLOW_UP(Texts.get("sync.partFollowUp")),
        /** A photo or file of a 回访 (its evidence). */
        EVIDENCE(Texts.get("sync.partEvidence"));

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_\\-][\\p{L}\\p{N}_.\\-]{0,119}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public SubmissionPart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mediaType, "mediaType");
        if (!isSafeName(name)) {
            throw new IllegalArgumentException(Texts.format("sync.unsafeName", name));
        }
        if (size < 0) {
            throw new IllegalArgumentException(Texts.format("sync.negativeSize", name));
        }
        if (sha256 == null || !HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException(Texts.format("sync.badChecksum", name));
        }
    }

    /** A plain file name: no separators, no "..", no leading dot, at most 120 characters. */
    public static boolean isSafeName(String name) {
        return name != null && SAFE_NAME.matcher(name).matches() && !name.contains("..");
    }

    /**
     * The content hash of a submission: SHA-256 of the lines {@code name ␠ sha256 ␠ size \n} of its
     * parts in name order. Two submissions with the same files have the same content hash; it is
     * what the platform checks a completed upload against (docs/sync-api.md).
     */
    public static String contentHash(List<SubmissionPart> parts) {
        StringBuilder sb = new StringBuilder();
        parts.stream().sorted(java.util.Comparator.comparing(SubmissionPart::name))
                .forEach(p -> sb.append(p.name()).append(' ').append(p.sha256()).append(' ').append(p.size()).append('\n'));
        return org.energydiag.core.io.Hashes.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
