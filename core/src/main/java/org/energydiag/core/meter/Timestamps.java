package org.energydiag.core.meter;

/**
 * A fast timestamp reader for meter exports (no regex, no objects per value): yyyy-MM-dd HH:mm[:ss],
 * yyyy/M/d H:mm, dd/MM/yyyy or MM/dd/yyyy (by {@link DateOrder}), 2025年1月1日 0:15, ISO 8601 with
 * T and a zone (Z, +08:00 — converted to China time), Excel serial numbers, and 24:00. Results are
 * local wall times as epoch seconds at UTC; {@link #NONE} when the text is not a timestamp. Never
 * throws: any text that is not a timestamp gives {@link #NONE} (or −1 for a time of day).
 */
public final class Timestamps {

    public static final long NONE = Long.MIN_VALUE;
    /** China Standard Time, UTC+8, no daylight saving since 1991. */
    static final long CHINA_OFFSET_SECONDS = 8 * 3600;
    /** Excel's day 0 is 1899-12-30 (with its 1900 leap-year bug absorbed): epoch day −25 569. */
    static final long EXCEL_EPOCH_DAY = -25569;

    private Timestamps() {
    }

    /** Days since 1970-01-01 of a civil date (H. Hinnant's algorithm). */
    static long epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static int monthLength(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** True when the text holds a date whose first two numbers could be day/month either way. */
    public static int[] firstTwoOfShortDate(String s) {
        int[] g = new int[8];
        int[] len = new int[8];
        int n = groups(s, g, len, null);
        if (n >= 3 && len[0] <= 2 && len[1] <= 2 && len[2] == 4) {
            return new int[] {g[0], g[1]};
        }
        return null;
    }

    /**
     * Parses a date-time, a date (midnight) or, with {@code timeOnly}, a time of day in seconds.
     *
     * @return epoch seconds of the local wall time, or {@link #NONE}
     */
    public static long parse(String s, DateOrder order) {
        if (s == null) {
            return NONE;
        }
        if (s.indexOf('\u00A0') >= 0) {
            s = s.replace('\u00A0', ' '); // no-break spaces as written by some utilities ("00:00:00\u00A0to …")
        }
        int to = rangeSeparator(s);
        if (to > 0) {
            return parse(s.substring(0, to).strip(), order); // "2022-08-01 00:00:00 to 2022-08-01 00:15:00": the start
        }
        if (s.length() > 4 && s.regionMatches(true, s.length() - 4, " UTC", 0, 4)) {
            s = s.substring(0, s.length() - 4) + "Z"; // "2025-07-05 17:13:43 UTC"
        } else if (s.length() > 4 && s.regionMatches(true, s.length() - 4, " GMT", 0, 4)) {
            s = s.substring(0, s.length() - 4) + "Z";
        }
        if (s.length() == 8 && isCompactDate(s)) { // 20120101
            return epochDay(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8))) * 86400;
        }
        if (isExcelSerial(s)) {
            double v = Double.parseDouble(s.trim());
            long seconds = Math.round(v * 86400.0);
            return EXCEL_EPOCH_DAY * 86400 + seconds;
        }
        int[] g = new int[8];
        int[] len = new int[8];
        char[] zone = new char[1];
        int n = groups(s, g, len, zone);
        if (n == 0) {
            return NONE;
        }
        int y;
        int m;
        int d;
        if (n >= 3 && len[0] == 4) {
            y = g[0];
            m = g[1];
            d = g[2];
        } else if (n >= 3 && len[2] == 4) {
            y = g[2];
            if (order == DateOrder.MDY) {
                m = g[0];
                d = g[1];
            } else {
                d = g[0];
                m = g[1];
            }
        } else {
            return NONE;
        }
        if (m < 1 || m > 12 || d < 1 || d > monthLength(y, m) || y < 1900 || y > 2200) {
            return NONE;
        }
        int hh = n > 3 ? g[3] : 0;
        int mm = n > 4 ? g[4] : 0;
        int ss = n > 5 ? g[5] : 0;
        if (hh > 24 || mm > 59 || ss > 59 || (hh == 24 && (mm != 0 || ss != 0))) {
            return NONE;
        }
        long t = epochDay(y, m, d) * 86400 + hh * 3600L + mm * 60L + ss;
        if (zone[0] == 'Z') {
            t += CHINA_OFFSET_SECONDS;
        } else if (zone[0] == '+' || zone[0] == '-') {
            int oh = n > 6 ? g[6] : 0;
            int om = n > 7 ? g[7] : 0;
            if (n > 6 && len[6] == 4) { // +0800
                om = oh % 100;
                oh = oh / 100;
            }
            long offset = (oh * 3600L + om * 60L) * (zone[0] == '-' ? -1 : 1);
            t += CHINA_OFFSET_SECONDS - offset;
        }
        return t;
    }

    /**
     * The common form of an export's timestamps, {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd HH:mm:ss}
     * (or with {@code /} between the date's parts, or {@code T} before the time), read straight
     * from the characters {@code c[from, to)}: the same value {@link #parse} gives for that text,
     * which names no zone ({@link #hasZone} is false for it). {@link #NONE} for any other text,
     * and for a date or time out of range: then {@link #parse} decides.
     */
    static long parseSimple(char[] c, int from, int to) {
        int n = to - from;
        if (n != 16 && n != 19) {
            return NONE;
        }
        int i = from;
        char ds = c[i + 4];
        if (ds != '-' && ds != '/' || c[i + 7] != ds || c[i + 10] != ' ' && c[i + 10] != 'T' || c[i + 13] != ':'
                || n == 19 && c[i + 16] != ':') {
            return NONE;
        }
        int y = digits(c, i, 4);
        int m = digits(c, i + 5, 2);
        int d = digits(c, i + 8, 2);
        int hh = digits(c, i + 11, 2);
        int mm = digits(c, i + 14, 2);
        int ss = n == 19 ? digits(c, i + 17, 2) : 0;
        if ((y | m | d | hh | mm | ss) < 0) {
            return NONE;
        }
        // the checks of parse: anything out of range is left to it
        if (m < 1 || m > 12 || d < 1 || d > monthLength(y, m) || y < 1900 || y > 2200) {
            return NONE;
        }
        if (hh > 24 || mm > 59 || ss > 59 || (hh == 24 && (mm != 0 || ss != 0))) {
            return NONE;
        }
        return epochDay(y, m, d) * 86400 + hh * 3600L + mm * 60L + ss;
    }

    /** The ASCII digits {@code c[at, at + count)} as a number, or −1. */
    private static int digits(char[] c, int at, int count) {
        int v = 0;
        for (int k = at; k < at + count; k++) {
            int x = c[k] - '0';
            if (x < 0 || x > 9) {
                return -1;
            }
            v = v * 10 + x;
        }
        return v;
    }

    /**
     * Where an interval written as a range ("… to …", "…至…", "… ~ …", "… – …") is split, or −1.
     * Both sides must be timestamps; the caller reads the start.
     */
    static int rangeSeparator(String s) {
        s = s.replace('\u00A0', ' '); // same length: indices stay valid
        for (String sep : new String[] {" to ", "至", "~", "～", " - ", " – ", "—"}) {
            int k = s.indexOf(sep);
            if (k > 0 && k + sep.length() < s.length()) {
                return k;
            }
        }
        return -1;
    }

    /** The end of a range timestamp, or {@link #NONE} when the text is not a range. */
    public static long rangeEnd(String s, DateOrder order) {
        if (s == null) {
            return NONE;
        }
        s = s.replace('\u00A0', ' ');
        int k = rangeSeparator(s);
        if (k < 0) {
            return NONE;
        }
        String rest = s.substring(k).replaceFirst("^\\s*(to|至|~|～|-|–|—)\\s*", "");
        long end = parse(rest, order);
        if (end == NONE) {
            long start = parse(s.substring(0, k).strip(), order);
            int tod = timeOfDay(rest); // "2022-08-01 00:00 to 00:15"
            if (start != NONE && tod >= 0) {
                end = Math.floorDiv(start, 86400) * 86400 + tod;
                if (end <= start) {
                    end += 86400;
                }
            }
        }
        return end;
    }

    /** True when the text carries its own zone: Z, UTC, GMT or an offset such as +08:00 / -0500 after the time. */
    public static boolean hasZone(String s) {
        int n = s == null ? 0 : s.length();
        if (n < 6) {
            return false;
        }
        char last = s.charAt(n - 1);
        if (last == 'Z' || last == 'z') {
            return true;
        }
        String tail = s.substring(Math.max(0, n - 4)).toUpperCase(java.util.Locale.ROOT);
        if (tail.equals(" UTC") || tail.equals(" GMT")) {
            return true;
        }
        // +08:00 or +0800 after a time
        int k = n - (s.charAt(n - 3) == ':' ? 6 : 5);
        return k > 10 && (s.charAt(k) == '+' || s.charAt(k) == '-') && s.indexOf(':') > 0 && s.indexOf(':') < k;
    }

    /** yyyyMMdd with a plausible year, month and day (a date written without separators). */
    static boolean isCompactDate(String s) {
        for (int i = 0; i < 8; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        int y = Integer.parseInt(s.substring(0, 4));
        int m = Integer.parseInt(s.substring(4, 6));
        int d = Integer.parseInt(s.substring(6, 8));
        return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m);
    }

    /** Seconds since midnight of a time such as 0:15, 00:15:00 or 24:00; −1 if not a time. */
    public static int timeOfDay(String s) {
        if (s == null) {
            return -1;
        }
        int[] g = new int[8];
        int[] len = new int[8];
        int n = groups(s, g, len, null);
        if (n < 2 || n > 3 || s.indexOf(':') < 0 && s.indexOf('：') < 0 && s.indexOf('时') < 0) {
            return -1;
        }
        int hh = g[0];
        int mm = g[1];
        int ss = n > 2 ? g[2] : 0;
        if (hh > 24 || mm > 59 || ss > 59 || (hh == 24 && (mm != 0 || ss != 0))) {
            return -1;
        }
        return hh * 3600 + mm * 60 + ss;
    }

    static boolean isExcelSerial(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 24) {
            return false;
        }
        int dots = 0;
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            } else {
                digits++;
            }
        }
        if (dots > 1 || digits == 0) {
            return false; // ".", "" and the like are no number (and must not reach parseDouble)
        }
        double v = Double.parseDouble(t);
        return v >= 20000 && v < 80000; // 1954 … 2118
    }

    /**
     * Splits into numeric groups; sets zone[0] to 'Z', '+' or '-' when a zone follows the time
     * (its hours and minutes become groups 6 and 7). Returns the number of groups (max 8).
     */
    static int groups(String s, int[] g, int[] len, char[] zone) {
        int n = 0;
        int i = 0;
        int L = s.length();
        while (i < L && n < 8) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                int v = 0;
                int k = 0;
                while (i < L) {
                    char d = s.charAt(i);
                    int digit = d >= '0' && d <= '9' ? d - '0' : d >= '０' && d <= '９' ? d - '０' : -1;
                    if (digit < 0) {
                        break;
                    }
                    v = v * 10 + digit;
                    k++;
                    i++;
                }
                if (k > 9) {
                    return 0; // not a date part
                }
                g[n] = v;
                len[n] = k;
                n++;
                continue;
            }
            if (zone != null && n >= 5 && (c == 'Z' || c == 'z') && n <= 6) {
                zone[0] = 'Z';
                // skip fractional groups that might follow? Z ends the time
                return Math.min(n, 6);
            }
            if (zone != null && n >= 5 && (c == '+' || c == '-') && n <= 6) {
                zone[0] = c;
                // keep groups 0..5 as date-time, offsets go to 6 and 7
                while (n < 6) {
                    g[n] = 0;
                    len[n] = 0;
                    n++;
                }
            }
            if (c == '.' && n == 6) {
                // fractional seconds: skip the digits
                i++;
                while (i < L && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (Character.isLetter(c) && c != 'T' && c != 't' && "年月日时分秒点".indexOf(c) < 0) {
                return 0; // text such as a meter name
            }
            i++;
        }
        return n;
    }
}
