package org.energydiag.core.meter;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 as an {@code InputStreamReader} with a replacing decoder does, faster where the
 * text mixes ASCII and Chinese on every line (the JDK's decoder reads ASCII quickly only up to the
 * first other character of each read, then byte by byte). Well-formed sequences are decoded here;
 * from the first byte that is not, the rest of that read is left to the JDK's decoder, which
 * starts afresh at a character's start and so gives what it would have given reading everything —
 * U+FFFD for each malformed sequence, as many as it would write. Notes whether it ever wrote
 * U+FFFD ({@link #sawReplacement}), so that rows need not be searched for one in clean text.
 */
final class Utf8Reader extends Reader {

    private static final java.lang.invoke.VarHandle WORD =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long HIGHS = 0x8080808080808080L;

    private final InputStream in;
    private final byte[] bytes = new byte[1 << 16];
    private final CharsetDecoder jdk = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** Bytes read and not yet decoded: {@code bytes[from, to)}. */
    private int from;
    private int to;
    private boolean eof;
    private boolean flushed;
    private boolean replacement;
    /** Characters decoded and not yet handed out: {@code spill[spillFrom, spillTo)}. */
    private final char[] spill = new char[1024];
    private int spillFrom;
    private int spillTo;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    /** True once any U+FFFD has been written (a malformed byte, or U+FFFD in the text itself). */
    boolean sawReplacement() {
        return replacement;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            if (spillFrom < spillTo) {
                int n = Math.min(len, spillTo - spillFrom);
                System.arraycopy(spill, spillFrom, cbuf, off, n);
                spillFrom += n;
                return n;
            }
            if (to - from < 4 && !eof) {
                more();
            }
            if (from == to && eof) {
                return -1;
            }
            int n = decode(cbuf, off, len);
            if (n > 0) {
                return n;
            }
            if (spillFrom < spillTo) {
                continue;
            }
            if (eof) {
                // a sequence cut off by the end of the text: the JDK's decoder writes its U+FFFD
                jdkDecode(true);
                if (spillFrom == spillTo && from == to) {
                    return -1;
                }
            } else {
                more();
            }
        }
    }

    /** Reads more bytes after those not yet decoded (moved to the start). */
    private void more() throws IOException {
        if (from > 0) {
            System.arraycopy(bytes, from, bytes, 0, to - from);
            to -= from;
            from = 0;
        }
        int n = in.read(bytes, to, bytes.length - to);
        if (n < 0) {
            eof = true;
        } else {
            to += n;
        }
    }

    /**
     * Decodes well-formed sequences from {@code bytes[from, to)} into {@code cbuf}; at a byte that
     * starts no well-formed sequence, the JDK's decoder takes over (into {@link #spill}) unless the
     * sequence may just be cut off by the end of what has been read. Returns the characters
     * written to {@code cbuf}.
     */
    private int decode(char[] cbuf, int off, int len) {
        byte[] b = bytes;
        int sp = from;
        int sl = to;
        int dp = off;
        int dl = off + len;
        while (sp < sl && dp < dl) {
            // a run of ASCII: found eight bytes at a time, then copied in a counted loop
            int limit = Math.min(sl - sp, dl - dp);
            int k = 0;
            while (k + 8 <= limit && ((long) WORD.get(b, sp + k) & HIGHS) == 0) {
                k += 8;
            }
            while (k < limit && b[sp + k] >= 0) {
                k++;
            }
            for (int j = 0; j < k; j++) {
                cbuf[dp + j] = (char) b[sp + j];
            }
            sp += k;
            dp += k;
            if (sp == sl || dp == dl) {
                break;
            }
            int lead = b[sp] & 0xff;
            if (lead >= 0xE0 && lead <= 0xEF) {
                if (sp + 2 >= sl) {
                    break; // perhaps cut off: read more first
                }
                int b2 = b[sp + 1] & 0xff;
                int b3 = b[sp + 2] & 0xff;
                int lo = lead == 0xE0 ? 0xA0 : 0x80;
                int hi = lead == 0xED ? 0x9F : 0xBF;
                if (b2 < lo || b2 > hi || (b3 & 0xC0) != 0x80) {
                    return handOver(off, dp, sp);
                }
                char c = (char) (((lead & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
                if (c == '\uFFFD') {
                    replacement = true;
                }
                cbuf[dp++] = c;
                sp += 3;
            } else if (lead >= 0xC2 && lead <= 0xDF) {
                if (sp + 1 >= sl) {
                    break;
                }
                int b2 = b[sp + 1] & 0xff;
                if ((b2 & 0xC0) != 0x80) {
                    return handOver(off, dp, sp);
                }
                cbuf[dp++] = (char) (((lead & 0x1F) << 6) | (b2 & 0x3F));
                sp += 2;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                if (sp + 3 >= sl) {
                    break;
                }
                int b2 = b[sp + 1] & 0xff;
                int b3 = b[sp + 2] & 0xff;
                int b4 = b[sp + 3] & 0xff;
                int lo = lead == 0xF0 ? 0x90 : 0x80;
                int hi = lead == 0xF4 ? 0x8F : 0xBF;
                if (b2 < lo || b2 > hi || (b3 & 0xC0) != 0x80 || (b4 & 0xC0) != 0x80) {
                    return handOver(off, dp, sp);
                }
                int cp = ((lead & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
                if (dp + 1 == dl) {
                    // one place left: the pair's second half waits in the spill
                    cbuf[dp++] = Character.highSurrogate(cp);
                    spill[0] = Character.lowSurrogate(cp);
                    spillFrom = 0;
                    spillTo = 1;
                    sp += 4;
                    break;
                }
                cbuf[dp++] = Character.highSurrogate(cp);
                cbuf[dp++] = Character.lowSurrogate(cp);
                sp += 4;
            } else {
                return handOver(off, dp, sp);
            }
        }
        from = sp;
        return dp - off;
    }

    /** The characters decoded so far are returned first; from {@code sp} the JDK's decoder goes on. */
    private int handOver(int off, int dp, int sp) {
        from = sp;
        if (dp == off) {
            jdkDecode(eof);
        }
        return dp - off;
    }

    /** The JDK's decoder on the bytes not yet decoded, into {@link #spill}. */
    private void jdkDecode(boolean endOfInput) {
        replacement = true; // it may write U+FFFD: rows are searched from now on
        ByteBuffer bb = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer cb = CharBuffer.wrap(spill);
        CoderResult r = jdk.decode(bb, cb, endOfInput);
        if (endOfInput && r.isUnderflow() && !flushed) {
            jdk.flush(cb);
            flushed = true;
        }
        from = bb.position();
        spillFrom = 0;
        spillTo = cb.position();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
