package org.energydiag.core.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 诊断—建议—实施—反馈: what happens after the plan is handed in. Implementation records of the
 * accepted tasks and key projects, the 技术回访 made, and the set-ups of the savings verifications.
 *
 * @param implementations one record per followed task or key project
 * @param visits          the 回访 in the order recorded
 * @param verifications   the measurement and verification set-ups
 * @param nextVisitDate   when the next 回访 is planned, or null (then it is due a quarter after the last one)
 */
public record FollowUp(List<Implementation> implementations, List<Visit> visits, List<VerificationSetup> verifications,
                       LocalDate nextVisitDate) {

    /** A 回访 is due this many months after the last one when no date is planned. */
    public static final int VISIT_INTERVAL_MONTHS = 3;

    public FollowUp {
        implementations = implementations == null ? List.of() : List.copyOf(implementations);
        visits = visits == null ? List.of() : List.copyOf(visits);
        verifications = verifications == null ? List.of() : List.copyOf(verifications);
    }

    public static FollowUp empty() {
        return new FollowUp(null, null, null, null);
    }

    /** The record of a subject, if one is kept. */
    public Optional<Implementation> implementation(String subjectId) {
        return implementations.stream().filter(i -> i.subjectId().equals(subjectId)).findFirst();
    }

    /** This follow-up with {@code v} replacing the record of the same subject, or added. */
    public FollowUp with(Implementation v) {
        List<Implementation> out = new ArrayList<>(implementations);
        int at = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).subjectId().equals(v.subjectId())) {
                at = i;
            }
        }
        if (at >= 0) {
            out.set(at, v);
        } else {
            out.add(v);
        }
        return new FollowUp(out, visits, verifications, nextVisitDate);
    }

    /** This follow-up with {@code v} replacing the visit of the same id, or added. */
    public FollowUp with(Visit v) {
        List<Visit> out = new ArrayList<>(visits);
        out.removeIf(x -> x.id().equals(v.id()));
        out.add(v);
        out.sort(Comparator.comparing(Visit::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return new FollowUp(implementations, out, verifications, nextVisitDate);
    }

    /** This follow-up with {@code v} replacing the set-up of the same id, or added. */
    public FollowUp with(VerificationSetup v) {
        List<VerificationSetup> out = new ArrayList<>(verifications);
        int at = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(v.id())) {
                at = i;
            }
        }
        if (at >= 0) {
            out.set(at, v);
        } else {
            out.add(v);
        }
        return new FollowUp(implementations, visits, out, nextVisitDate);
    }

    /** This follow-up without the set-up of id {@code setupId} (unchanged when there is none). */
    public FollowUp withoutVerification(String setupId) {
        List<VerificationSetup> out = new ArrayList<>(verifications);
        out.removeIf(x -> x.id().equals(setupId));
        return new FollowUp(implementations, visits, out, nextVisitDate);
    }

    public FollowUp withNextVisitDate(LocalDate v) {
        return new FollowUp(implementations, visits, verifications, v);
    }

    /** The latest visit by date, if any. */
    public Optional<Visit> lastVisit() {
        return visits.stream().filter(v -> v.date() != null).max(Comparator.comparing(Visit::date));
    }

    /**
     * When the next 回访 is due: the planned date, else {@value #VISIT_INTERVAL_MONTHS} months after
     * the last one; before the first visit, {@value #VISIT_INTERVAL_MONTHS} months after the follow-up
     * began (the earliest date of its implementation records: start, finish or confirmation). Empty
     * when nothing is planned and nothing dated is recorded, or when every followed subject is closed
     * (完成 or 放弃) and a visit was made after the last was closed.
     */
    public Optional<LocalDate> visitDue() {
        if (nextVisitDate != null) {
            return Optional.of(nextVisitDate);
        }
        Optional<Visit> last = lastVisit();
        if (last.isEmpty()) {
            return implementations.stream()
                    .flatMap(i -> java.util.stream.Stream.of(i.startDate(), i.finishDate(), i.confirmedDate()))
                    .filter(d -> d != null).min(Comparator.naturalOrder()).map(d -> d.plusMonths(VISIT_INTERVAL_MONTHS));
        }
        boolean open = implementations.stream().anyMatch(i -> !i.status().closed());
        LocalDate lastClosed = implementations.stream().map(Implementation::finishDate).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(null);
        if (!open && !implementations.isEmpty() && (lastClosed == null || !last.get().date().isBefore(lastClosed))) {
            return Optional.empty();
        }
        return Optional.of(last.get().date().plusMonths(VISIT_INTERVAL_MONTHS));
    }
}
