package org.energydiag.core.evidence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.energydiag.core.text.Texts;

/**
 * A photo or document taken on site (随附材料): its description; the bytes are kept in the
 * store beside the project (and inside .edproj files and sync packages), checked by SHA-256.
 *
 * @param id           stable identity
 * @param fileName     the name the engineer gave (shown and used on export)
 * @param mediaType    image/jpeg, image/png, application/pdf, xlsx or docx
 * @param caption      说明, e.g. "1#回转窑主电机铭牌"
 * @param date         拍摄/形成日期 (may be null)
 * @param target       what it documents
 * @param targetId     the equipment item's or finding's id; empty for the project
 * @param size         bytes as stored (photos downscaled)
 * @param sha256       of the stored bytes
 * @param width        pixels for images, 0 otherwise
 * @param height       pixels for images, 0 otherwise
 * @param originalKept whether the original (before downscaling) is kept as well
 * @param inPlan       whether a photo is placed in the plan document (随附材料)
 */
public record Attachment(String id, String fileName, String mediaType, String caption, LocalDate date, Target target,
                         String targetId, long size, String sha256, int width, int height, boolean originalKept,
                         boolean inPlan) {

    /** What an attachment documents. */
    public enum Target {
        PROJECT(Texts.get("evidence.targetProject")), EQUIPMENT(Texts.get("evidence.targetEquipment")),
        FINDING(Texts.get("evidence.targetFinding")), PROCESS(Texts.get("evidence.targetProcess"));

        private final String label;

        Target(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Attachment {
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        caption = caption == null ? "" : caption;
        target = target == null ? Target.PROJECT : target;
        targetId = targetId == null ? "" : targetId;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public Attachment withCaption(String v) {
        return new Attachment(id, fileName, mediaType, v, date, target, targetId, size, sha256, width, height, originalKept, inPlan);
    }

    public Attachment withDate(LocalDate v) {
        return new Attachment(id, fileName, mediaType, caption, v, target, targetId, size, sha256, width, height, originalKept, inPlan);
    }

    public Attachment withTarget(Target t, String tid) {
        return new Attachment(id, fileName, mediaType, caption, date, t, tid, size, sha256, width, height, originalKept, inPlan);
    }

    public Attachment withInPlan(boolean v) {
        return new Attachment(id, fileName, mediaType, caption, date, target, targetId, size, sha256, width, height, originalKept, v);
    }

    /** The kinds of bytes kept for an attachment. */
    public enum Blob {
        /** What is shown and exported: the file itself, photos upright and downscaled. */
        STORED,
        /** The photo as taken, when the engineer chose to keep it. */
        ORIGINAL
    }
}
