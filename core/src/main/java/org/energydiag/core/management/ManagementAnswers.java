package org.energydiag.core.management;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the engineer recorded for 一（四）能源管理情况: an answer and an optional note per checklist id,
 * the metering counts, and the paragraph for the report (empty until the engineer writes or accepts
 * one; the caller decides whether to fall back to {@link ManagementAssessment#generatedParagraph()}).
 * Stored in the project file as is.
 */
public record ManagementAnswers(Map<String, Answer> answers, Map<String, String> notes,
                                List<MeteringCount> metering, String paragraph) {

    public ManagementAnswers {
        Map<String, Answer> a = new TreeMap<>();
        if (answers != null) {
            answers.forEach((k, v) -> {
                if (k != null && v != null) {
                    a.put(k, v);
                }
            });
        }
        answers = Collections.unmodifiableMap(a);
        Map<String, String> n = new TreeMap<>();
        if (notes != null) {
            notes.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    n.put(k, v.strip());
                }
            });
        }
        notes = Collections.unmodifiableMap(n);
        metering = metering == null ? List.of() : metering.stream().filter(Objects::nonNull).toList();
        paragraph = paragraph == null ? "" : paragraph;
    }

    public static ManagementAnswers empty() {
        return new ManagementAnswers(Map.of(), Map.of(), List.of(), "");
    }

    /** A copy with the answer for {@code id} set, or removed when {@code a} is null. */
    public ManagementAnswers withAnswer(String id, Answer a) {
        Map<String, Answer> m = new TreeMap<>(answers);
        if (a == null) {
            m.remove(id);
        } else {
            m.put(id, a);
        }
        return new ManagementAnswers(m, notes, metering, paragraph);
    }

    /** A copy with the note for {@code id} set, or removed when blank. */
    public ManagementAnswers withNote(String id, String note) {
        Map<String, String> m = new TreeMap<>(notes);
        if (note == null || note.isBlank()) {
            m.remove(id);
        } else {
            m.put(id, note);
        }
        return new ManagementAnswers(answers, m, metering, paragraph);
    }

    public ManagementAnswers withMetering(List<MeteringCount> counts) {
        return new ManagementAnswers(answers, notes, counts, paragraph);
    }

    public ManagementAnswers withParagraph(String text) {
        return new ManagementAnswers(answers, notes, metering, text);
    }

    /** The answer for {@code id}, or null when not answered. */
    public Answer answer(String id) {
        return answers.get(id);
    }

    /** The note for {@code id}, or "". */
    public String note(String id) {
        return notes.getOrDefault(id, "");
    }
}
