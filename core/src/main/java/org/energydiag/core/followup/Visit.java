package org.energydiag.core.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A 技术回访: when and how the agency followed the enterprise up, who took part, what was found,
 * the evidence and what the enterprise said.
 *
 * @param id           stable identity (for sync and the window's selection)
 * @param date         the day of the visit
 * @param form         现场, 电话 or 远程
 * @param persons      who took part (agency and enterprise)
 * @param notes        what was seen and advised (技术指导)
 * @param evidenceIds  photos and files of the visit: ids of the project's attachments (随附材料), whose
 *                     bytes are kept as every other attachment's
 * @param feedback     the enterprise's feedback in its own words
 * @param satisfaction the enterprise's satisfaction, or null when not asked
 * @param subjectIds   the tasks or key projects the visit looked at (empty: the whole plan)
 */
public record Visit(String id, LocalDate date, VisitForm form, String persons, String notes, List<String> evidenceIds,
                    String feedback, FeedbackLevel satisfaction, List<String> subjectIds) {

    public Visit {
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        form = form == null ? VisitForm.ON_SITE : form;
        persons = persons == null ? "" : persons;
        notes = notes == null ? "" : notes;
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        feedback = feedback == null ? "" : feedback;
        subjectIds = subjectIds == null ? List.of() : List.copyOf(subjectIds);
    }

    /** A new visit on {@code day}, everything else blank. */
    public static Visit on(LocalDate day, VisitForm form) {
        return new Visit(null, day, form, "", "", List.of(), "", null, List.of());
    }

    public Visit withText(String persons, String notes, String feedback) {
        return new Visit(id, date, form, persons, notes, evidenceIds, feedback, satisfaction, subjectIds);
    }

    public Visit withEvidence(List<String> ids) {
        return new Visit(id, date, form, persons, notes, ids, feedback, satisfaction, subjectIds);
    }

    public Visit withSatisfaction(FeedbackLevel v) {
        return new Visit(id, date, form, persons, notes, evidenceIds, feedback, v, subjectIds);
    }

    public Visit withSubjects(List<String> ids) {
        return new Visit(id, date, form, persons, notes, evidenceIds, feedback, satisfaction, ids);
    }
}
