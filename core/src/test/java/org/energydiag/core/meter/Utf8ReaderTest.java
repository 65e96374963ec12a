package org.energydiag.core.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Reader} gives the characters an {@code InputStreamReader} with a replacing UTF-8
 * decoder gives (the importer's reading before it): for well-formed text, and for every kind of
 * malformed byte — lone continuation bytes, overlong forms, surrogates, code points beyond
 * U+10FFFF, sequences cut off mid-way and at the end — whatever the sizes of the reads on either side.
 */
class Utf8ReaderTest {

    static String jdk(byte[] b) throws IOException {
        return drain(new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), new Random(1));
    }

    static String drain(Reader r, Random rnd) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[300];
        while (true) {
            int len = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : 1 + rnd.nextInt(buf.length);
            int n = r.read(buf, 0, len);
            if (n < 0) {
                return sb.toString();
            }
            assertThat(n).isBetween(1, len);
            sb.append(buf, 0, n);
        }
    }

    /** A stream that hands out a few bytes at a time, so that sequences are cut between reads. */
    static InputStream dribble(byte[] b, Random rnd) {
        return new InputStream() {
            int at;

            @Override
            public int read() {
                return at < b.length ? b[at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] dst, int off, int len) {
                if (at == b.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + rnd.nextInt(7)), b.length - at);
                System.arraycopy(b, at, dst, off, n);
                at += n;
                return n;
            }
        };
    }

    static final byte[][] PIECES = {
        "2025-01-01 00:15,".getBytes(StandardCharsets.UTF_8), "支路".getBytes(StandardCharsets.UTF_8),
        "é".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
        "\uFEFF".getBytes(StandardCharsets.UTF_8), "12.50\n".getBytes(StandardCharsets.UTF_8),
        {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5},
        {(byte) 0xFF}, {(byte) 0xE4}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
        {(byte) 0xC3}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0xA0}, {0},
    };

    @Test
    void sameCharactersAsTheJdksReplacingDecoder() throws Exception {
        Random rnd = new Random(20261204);
        for (int round = 0; round < 3000; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int pieces = rnd.nextInt(round % 10 == 0 ? 40_000 : 60);
            boolean clean = rnd.nextInt(3) == 0;
            for (int i = 0; i < pieces; i++) {
                int k = rnd.nextInt(clean ? 7 : PIECES.length);
                out.writeBytes(PIECES[k]);
            }
            if (!clean && rnd.nextBoolean()) {
                byte[] noise = new byte[rnd.nextInt(20)];
                rnd.nextBytes(noise);
                out.writeBytes(noise);
            }
            byte[] b = out.toByteArray();
            String expected = jdk(b);
            Utf8Reader whole = new Utf8Reader(new ByteArrayInputStream(b));
            assertThat(drain(whole, rnd)).as("round %d", round).isEqualTo(expected);
            boolean hasReplacement = expected.indexOf('\uFFFD') >= 0;
            if (clean || hasReplacement) {
                // noted whenever it was written; in well-formed text only then
                assertThat(whole.sawReplacement()).as("round %d: U+FFFD noted", round).isEqualTo(hasReplacement);
            }
            assertThat(drain(new Utf8Reader(dribble(b, rnd)), rnd)).as("round %d, a few bytes at a time", round).isEqualTo(expected);
        }
    }

    @Test
    void cleanTextNeedsNoSearchForU_FFFD() throws Exception {
        Utf8Reader r = new Utf8Reader(new ByteArrayInputStream("时间,支路1(kWh)\n2025-01-01 00:00,1.5\n😀\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(drain(r, new Random(2))).isEqualTo("时间,支路1(kWh)\n2025-01-01 00:00,1.5\n😀\n");
        assertThat(r.sawReplacement()).isFalse();
    }
}
