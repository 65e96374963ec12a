package org.energydiag.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 helpers: the checksums of parts and the content hash of a submission. */
public final class Hashes {

    private Hashes() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static String sha256(InputStream in) throws IOException {
        MessageDigest d = sha256();
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) > 0; ) {
            d.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * The content hash of a submission: SHA-256 of the lines {@code name ␠ sha256 ␠ size \n} of its
     * parts in name order. Two submissions with the same files have the same content hash; it is
     * what the platform checks a completed upload against (docs/sync-api.md).
     */
    public static String contentHash(List<SubmissionPart> parts) {
        StringBuilder sb = new StringBuilder();
        parts.stream().sorted(java.util.Comparator.comparing(SubmissionPart::name))
                .forEach(p -> sb.append(p.name()).append(' ').append(p.sha256()).append(' ').append(p.size()).append('\n'));
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
