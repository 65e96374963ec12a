package org.energydiag.core.followup;

import java.time.LocalDate;

/**
 * The implementation record of one accepted task or key project after hand-in.
 *
 * @param subjectId               the task's or key project's id in the plan
 * @param kind                    which of the two it is
 * @param status                  未启动 / 实施中 / 已完成 / 已放弃
 * @param reason                  why it was abandoned (or delayed); required for 已放弃
 * @param startDate               when work started, or null
 * @param finishDate              when it was completed (commissioned), or null
 * @param actualInvestmentWanYuan what it actually cost, 万元, or null when not known
 * @param work                    what was done, in the engineer's words
 * @param confirmedBy             who at the enterprise confirmed the record
 * @param confirmedDate           when they confirmed it, or null
 * @param plannedFinish           the agreed completion date, or null: then a key project's is the last day of
 *                                its 实施时间 in the plan, and a task has none (format version 10)
 */
public record Implementation(String subjectId, SubjectKind kind, ImplementationStatus status, String reason,
                             LocalDate startDate, LocalDate finishDate, Double actualInvestmentWanYuan, String work,
                             String confirmedBy, LocalDate confirmedDate, LocalDate plannedFinish) {

    public Implementation {
        subjectId = subjectId == null ? "" : subjectId;
        kind = kind == null ? SubjectKind.KEY_PROJECT : kind;
        status = status == null ? ImplementationStatus.NOT_STARTED : status;
        reason = reason == null ? "" : reason;
        work = work == null ? "" : work;
        confirmedBy = confirmedBy == null ? "" : confirmedBy;
    }

    /** A fresh record of a subject: 未启动, nothing else known. */
    public static Implementation of(SubjectKind kind, String subjectId) {
        return new Implementation(subjectId, kind, ImplementationStatus.NOT_STARTED, "", null, null, null, "", "", null, null);
    }

    public Implementation withStatus(ImplementationStatus v, String why) {
        return new Implementation(subjectId, kind, v, why, startDate, finishDate, actualInvestmentWanYuan, work,
                confirmedBy, confirmedDate, plannedFinish);
    }

    public Implementation withDates(LocalDate start, LocalDate finish) {
        return new Implementation(subjectId, kind, status, reason, start, finish, actualInvestmentWanYuan, work,
                confirmedBy, confirmedDate, plannedFinish);
    }

    public Implementation withInvestment(Double v) {
        return new Implementation(subjectId, kind, status, reason, startDate, finishDate, v, work, confirmedBy,
                confirmedDate, plannedFinish);
    }

    public Implementation withWork(String v) {
        return new Implementation(subjectId, kind, status, reason, startDate, finishDate, actualInvestmentWanYuan, v,
                confirmedBy, confirmedDate, plannedFinish);
    }

    public Implementation withConfirmation(String by, LocalDate on) {
        return new Implementation(subjectId, kind, status, reason, startDate, finishDate, actualInvestmentWanYuan, work,
                by, on, plannedFinish);
    }

    /** The agreed completion date (null: the plan's, see {@link #plannedFinish}). */
    public Implementation withPlannedFinish(LocalDate v) {
        return new Implementation(subjectId, kind, status, reason, startDate, finishDate, actualInvestmentWanYuan, work,
                confirmedBy, confirmedDate, v);
    }

    /**
     * Marks the subject 已完成 on {@code day}: the finish date is that day and a start date is set
     * to it when none was recorded.
     */
    public Implementation completed(LocalDate day) {
        return new Implementation(subjectId, kind, ImplementationStatus.COMPLETED, reason,
                startDate == null ? day : startDate, day, actualInvestmentWanYuan, work, confirmedBy, confirmedDate,
                plannedFinish);
    }
}
