package org.energydiag.core.report.plan;

/**
 * One point still open in a chapter (its step's badge counts them): a validation error of the
 * chapter's data or a plan-check finding that names the chapter.
 *
 * @param field   where it is: a validation field ({@code energy.balance}, {@code equipment.items},
 *                {@code enterprise.creditCode}) or, for a plan-check finding, {@code chapter.field} of its
 *                target ({@code energy.balance}, {@code retrofit.targets}), or the chapter id alone
 * @param row     the row of a table field, -1 otherwise
 * @param message what is open, in Chinese, with where it is
 * @param error   an error (else a warning of the plan check)
 */
public record OpenPoint(String field, int row, String message, boolean error) {
}
