package org.energydiag.core.project;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 after GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》:
 * 18 characters from the 31-character set 0-9 A-Y without I, O, Z, S, V; position 1 the
 * registering authority, 2 the organisation category, 3-8 the GB/T 2260 division code, 9-17 the
 * organisation code, 18 a check character computed with the weights of the standard's 4.3
 * (3^(i-1) mod 31) as C18 = 31 - (Σ Ci·Wi mod 31), with 31 written as 0.
 */
public final class CreditCode {

    /** The code's alphabet in value order (GB 32100-2015 表1). */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Weights W1..W17 (GB 32100-2015 4.3). */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** What is wrong with a code, for a message that says where. */
    public enum Problem {
        WRONG_LENGTH, INVALID_CHARACTER, REGION_NOT_DIGITS, WRONG_CHECK_CHARACTER
    }

    /**
     * @param problem  what is wrong
     * @param position 1-based character position concerned (0 when not about one position)
     * @param detail   the offending character, or the expected check character
     */
    public record Result(Problem problem, int position, String detail) {
    }

    private CreditCode() {
    }

    /** Normalises user input: trims, removes inner spaces, upper-cases. */
    public static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s\\u00A0\\u3000]", "").toUpperCase(Locale.ROOT);
    }

    /** Empty when the code is valid; otherwise the first problem found. */
    public static Optional<Result> check(String code) {
        String c = normalise(code);
        if (c.length() != 18) {
            return Optional.of(new Result(Problem.WRONG_LENGTH, 0, Integer.toString(c.length())));
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(c.charAt(i)) < 0) {
                return Optional.of(new Result(Problem.INVALID_CHARACTER, i + 1, String.valueOf(c.charAt(i))));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(c.charAt(i))) {
                return Optional.of(new Result(Problem.REGION_NOT_DIGITS, i + 1, String.valueOf(c.charAt(i))));
            }
        }
        char expected = checkCharacter(c.substring(0, 17));
        if (c.charAt(17) != expected) {
            return Optional.of(new Result(Problem.WRONG_CHECK_CHARACTER, 18, String.valueOf(expected)));
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }

    /** The check character for the first 17 characters (which must be from the charset). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("invalid character at " + (i + 1));
            }
            sum += v * WEIGHTS[i];
        }
        int r = 31 - sum % 31;
        return CHARSET.charAt(r == 31 ? 0 : r);
    }

    /** The GB/T 2260 division code embedded at positions 3-8 (valid codes only). */
    public static String regionCode(String code) {
        return normalise(code).substring(2, 8);
    }
}
