package org.energydiag.core.diagnosis;

/**
 * One diagnosis rule: looks at one part of the data, reports whether it could run and why not,
 * and turns what it finds into findings and candidate tasks. Registered in {@link DiagnosisRules#RULES}.
 */
public interface DiagnosisRule {

    /** Stable id, also the rule's status id (e.g. {@code EQUIPMENT}). */
    String id();

    DiagnosisRules.Outcome apply(DiagnosisInput in);
}
