package org.energydiag.core.evaluation;

import java.util.List;

/** One named cross-section rule of the plan check; registered in {@link PlanCheck#RULES}. */
public interface CheckRule {

    /** Stable id, e.g. {@code targets-table31}. */
    String id();

    /** The issues found (none when the plan agrees with itself on this point). */
    List<CheckIssue> check(ProjectEvaluation ev);
}
