package org.energydiag.core.validation;

/**
 * One finding of a validation.
 *
 * @param field    stable key of the field, e.g. {@code enterprise.creditCode} or
 *                 {@code enterprise.products}
 * @param where    where it is, in Chinese, e.g. "统一社会信用代码" or "主要产品 第2行 单位"
 * @param row      0-based row for table fields, -1 otherwise
 * @param column   column key for table fields (e.g. {@code unit}), empty otherwise
 * @param severity ERROR or WARNING
 * @param message  what is wrong and what to do, in Chinese
 */
public record ValidationIssue(String field, String where, int row, String column, Severity severity,
                              String message) {

    public static ValidationIssue error(String field, String where, String message) {
        return new ValidationIssue(field, where, -1, "", Severity.ERROR, message);
    }

    public static ValidationIssue warning(String field, String where, String message) {
        return new ValidationIssue(field, where, -1, "", Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "【错误】统一社会信用代码：…" — one line for lists and the command line. */
    public String display() {
        return "【" + severity.label() + "】" + where + "：" + message;
    }
}
