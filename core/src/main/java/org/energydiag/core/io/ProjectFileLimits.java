package org.energydiag.core.io;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a {@code .edproj} file may hold: the one place where the reader's limits are written down
 * (README, "Project files", points here). Everything outside them is refused with the JSON path.
 *
 * <table>
 *   <caption>Limits</caption>
 *   <tr><td>the whole file</td><td>≤ {@link #MAX_FILE_BYTES} (512 MiB), checked before reading</td></tr>
 *   <tr><td>the {@code project} part</td><td>≤ {@link #MAX_PROJECT_BYTES} (64 MiB) and
 *       {@link #MAX_PROJECT_NODES} values; a project without meter data is a few hundred kB</td></tr>
 *   <tr><td>nesting</td><td>≤ {@link #MAX_DEPTH} levels (the model needs fewer than 12)</td></tr>
 *   <tr><td>one text value</td><td>≤ {@link #MAX_STRING_CHARS} characters</td></tr>
 *   <tr><td>one number</td><td>≤ {@link #MAX_NUMBER_CHARS} characters as written and as this
 *       program writes it back (all digits: {@code 1e-400} is too long); finite (NaN and
 *       Infinity are not JSON and are refused)</td></tr>
 *   <tr><td>one attachment's bytes</td><td>≤ {@link #MAX_ATTACHMENT_BYTES} (50 MiB, the window's limit
 *       for a file; base64 is decoded while it is read, never held as one string)</td></tr>
 *   <tr><td>attachment entries</td><td>≤ {@link #MAX_ATTACHMENT_ENTRIES}</td></tr>
 * </table>
 *
 * <p>Number ranges, by field name (the last name on the value's path; array items take their
 * array's name); a value outside is refused:
 * <ul>
 *   <li>every number: {@code |x| ≤ 1e15} ({@link #MAX_MAGNITUDE}: 10¹⁵ tce or 万元 is beyond any
 *       enterprise; products and sums of such values stay finite in every computation);</li>
 *   <li>years ({@code year}, {@code baseYear}, {@code targetYear}, any {@code …Year} but a rate
 *       {@code …PerYear}): whole numbers
 *       {@value #MIN_YEAR}–{@value #MAX_YEAR}, or 0 (not set);</li>
 *   <li>durations in years ({@code lifeYears}, {@code constructionYears}, any {@code …Years}):
 *       0–{@value #MAX_DURATION_YEARS};</li>
 *   <li>percentages (any {@code …Percent}): −1000 to 1000;</li>
 *   <li>rates as fractions ({@code discountRate}): 0–1;</li>
 *   <li>counts and sizes ({@code size}, {@code width}, {@code height}, {@code installed},
 *       {@code required}, {@code maxScore}, {@code score}): whole numbers ≥ 0.</li>
 * </ul>
 * Other quantities keep their sign: a negative consumption or output is reported by the project's
 * validation (an error naming the field), because the window lets the engineer type it and a file
 * the application wrote must always read back.
 *
 * <p>Ids: every {@code id} is non-empty; the project's and the attachments' ids (they name rows of
 * the store and travel in file names) are {@code [A-Za-z0-9][A-Za-z0-9._:-]*}, at most
 * {@value #MAX_SAFE_ID_CHARS} characters; other ids and references ({@code …Id}, {@code …Ids}) at
 * most {@value #MAX_ID_CHARS} characters, without control, format or line-separator characters.
 *
 * <p>Attachments: the file name is metadata only (shown, never used as a path): not empty, at most
 * {@value #MAX_FILE_NAME_CHARS} characters, without {@code /}, {@code \}, control characters or
 * direction overrides, not only dots; the media type is one of the accepted evidence types and the
 * stored bytes must be of that type (by content); {@code sha256} is 64 lower-case hex digits and
 * matches the bytes; {@code size} is the stored bytes' length.
 */
public final class ProjectFileLimits {

    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    public static final long MAX_PROJECT_BYTES = 64L * 1024 * 1024;
    public static final int MAX_PROJECT_NODES = 1_000_000;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING_CHARS = 1_000_000;
    public static final int MAX_NUMBER_CHARS = 64;
    public static final long MAX_ATTACHMENT_BYTES = org.energydiag.core.evidence.EvidenceFile.MAX_BYTES;
    public static final int MAX_ATTACHMENT_ENTRIES = 2_000;

    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e15");
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    public static final int MAX_DURATION_YEARS = 200;
    public static final int MAX_SAFE_ID_CHARS = 64;
    public static final int MAX_ID_CHARS = 200;
    public static final int MAX_FILE_NAME_CHARS = 255;

    private static final Set<String> COUNTS = Set.of("size", "width", "height", "installed", "required", "maxScore", "score");
    private static final Set<String> FRACTIONS = Set.of("discountRate");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    private ProjectFileLimits() {
    }

    /** The range a number under {@code field} must be in: {min, max}, and whether it must be whole. */
    record Range(BigDecimal min, BigDecimal max, boolean whole, boolean zeroAllowed) {
        Range(BigDecimal min, BigDecimal max, boolean whole) {
            this(min, max, whole, false);
        }

        boolean contains(BigDecimal v) {
            if (zeroAllowed && v.signum() == 0) {
                return true;
            }
            return v.compareTo(min) >= 0 && v.compareTo(max) <= 0 && (!whole || v.stripTrailingZeros().scale() <= 0);
        }

        String describe() {
            return (zeroAllowed ? "0, " : "") + min.toPlainString() + " ~ " + (max.compareTo(MAX_MAGNITUDE) == 0 ? "1e15" : max.toPlainString());
        }
    }

    private static final Range ANY = new Range(MAX_MAGNITUDE.negate(), MAX_MAGNITUDE, false);
    private static final Range YEAR = new Range(BigDecimal.valueOf(MIN_YEAR), BigDecimal.valueOf(MAX_YEAR), true, true);
    private static final Range DURATION = new Range(BigDecimal.ZERO, BigDecimal.valueOf(MAX_DURATION_YEARS), false);
    private static final Range PERCENT = new Range(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000), false);
    private static final Range FRACTION = new Range(BigDecimal.ZERO, BigDecimal.ONE, false);
    private static final Range COUNT = new Range(BigDecimal.ZERO, MAX_MAGNITUDE, true);

    /** The range of a number whose nearest field name is {@code field} (null at the top). */
    static Range rangeOf(String field) {
        if (field == null) {
            return ANY;
        }
        if (field.equals("year") || field.endsWith("Year") && !field.endsWith("PerYear")) {
            return YEAR;
        }
        if (field.endsWith("Years")) {
            return DURATION;
        }
        if (field.toLowerCase(Locale.ROOT).endsWith("percent")) {
            return PERCENT;
        }
        if (FRACTIONS.contains(field)) {
            return FRACTION;
        }
        if (COUNTS.contains(field)) {
            return COUNT;
        }
        return ANY;
    }

    /** True for a field that holds an id or references ids. */
    static boolean isIdField(String field) {
        return field != null && (field.equals("id") || field.endsWith("Id") || field.endsWith("Ids"));
    }

    /** Whether {@code v} is acceptable as an id or id reference; ids named {@code id} must not be empty. */
    static boolean validId(String field, String v) {
        if (v.isEmpty()) {
            return !field.equals("id");
        }
        if (v.length() > MAX_ID_CHARS || v.isBlank()) {
            return false;
        }
        return v.codePoints().noneMatch(ProjectFileLimits::unsafeChar);
    }

    /** The project's and the attachments' ids: they name rows of the store and may end up in file names. */
    static boolean safeId(String v) {
        return v.length() <= MAX_SAFE_ID_CHARS && SAFE_ID.matcher(v).matches();
    }

    static boolean unsafeChar(int cp) {
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SURROGATE || t == Character.UNASSIGNED
                || t == Character.PRIVATE_USE;
    }

    /** Whether an attachment's file name is acceptable as a display name. */
    static boolean validFileName(String name) {
        if (name.isBlank() || name.length() > MAX_FILE_NAME_CHARS || name.chars().allMatch(c -> c == '.' || c == ' ')) {
            return false;
        }
        return name.codePoints().noneMatch(cp -> cp == '/' || cp == '\\' || unsafeChar(cp));
    }
}
