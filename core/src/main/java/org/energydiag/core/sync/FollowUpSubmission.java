package org.energydiag.core.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.followup.FollowUp;
import org.energydiag.core.followup.Visit;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.text.Texts;

/**
 * A submission of the follow-up alone, so that a 回访 can be uploaded without resubmitting the plan:
 * {@code followup.json} (the project's identity and its follow-up records, in the project file's
 * JSON form) and the evidence of the 回访 ({@code evidence-1.jpg} …: the photos and files the
 * visits name, as stored). It goes through the same outbox, upload and offline package as the
 * plan's submission ({@link Submission#kind()} tells them apart).
 */
public final class FollowUpSubmission {

    public static final String FOLLOW_UP_PART = "followup.json";
    public static final String EVIDENCE_STEM = "evidence-";

    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png",
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private FollowUpSubmission() {
    }

    /**
     * The follow-up of {@code project} as a submission.
     *
     * @param blobs the bytes of the project's attachments (the visits' evidence is read from them)
     * @throws IllegalArgumentException when the project has no follow-up records, or a visit names
     *                                  evidence whose bytes are missing
     */
    public static SubmissionBuilder.Prepared build(DiagnosisProject project, ProjectFile.Blobs blobs, String generator,
                                                   Instant now, String key) {
        FollowUp f = project.followUp();
        if (f.implementations().isEmpty() && f.visits().isEmpty() && f.verifications().isEmpty()) {
            throw new IllegalArgumentException(Texts.get("sync.followUpEmpty"));
        }
        var mapper = ProjectJson.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", "energydiag-followup");
        root.put("projectId", project.id());
        root.put("enterpriseName", project.enterprise().name());
        root.put("creditCode", project.enterprise().creditCode());
        root.put("generator", generator);
        root.put("modelVersion", ProjectJson.MODEL_VERSION);
        root.set("followUp", mapper.valueToTree(f));
        ArrayNode evidence = root.putArray("evidence");
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<SubmissionPart> parts = new ArrayList<>();
        List<byte[]> evidenceBytes = new ArrayList<>();
        int n = 1;
        List<String> seen = new ArrayList<>();
        for (Visit v : f.visits()) {
            for (String id : v.evidenceIds()) {
                if (seen.contains(id)) {
                    continue;
                }
                seen.add(id);
                Attachment a = project.site().attachment(id).orElseThrow(() -> new IllegalArgumentException(
                        Texts.format("sync.followUpEvidenceMissing", v.date() == null ? "" : v.date().toString())));
                byte[] bytes = blobs.get(id, Attachment.Blob.STORED).orElseThrow(() -> new IllegalArgumentException(
                        Texts.format("sync.followUpEvidenceMissing", v.date() == null ? "" : v.date().toString())));
                String name = EVIDENCE_STEM + n++ + "." + EXTENSIONS.getOrDefault(a.mediaType().toLowerCase(Locale.ROOT), "bin");
                ObjectNode e = evidence.addObject();
                e.put("attachmentId", id);
                e.put("part", name);
                e.put("visitId", v.id());
                e.put("caption", a.caption());
                e.put("date", a.date() == null ? null : a.date().toString());
                e.put("mediaType", a.mediaType());
                e.put("sha256", Hashes.sha256(bytes));
                evidenceBytes.add(bytes);
                files.put(name, bytes);
                parts.add(new SubmissionPart(name, SubmissionPart.Kind.EVIDENCE, a.mediaType(), bytes.length, Hashes.sha256(bytes)));
            }
        }
        byte[] json;
        try {
            json = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put(FOLLOW_UP_PART, json);
        ordered.putAll(files);
        List<SubmissionPart> all = new ArrayList<>();
        all.add(new SubmissionPart(FOLLOW_UP_PART, SubmissionPart.Kind.FOLLOW_UP, "application/json", json.length, Hashes.sha256(json)));
        all.addAll(parts);
        var d = Hashes.sha256();
        d.update(ProjectJson.toJson(project).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        evidenceBytes.forEach(b -> {
            d.update((byte) 0);
            d.update(b);
        });
        String source = java.util.HexFormat.of().formatHex(d.digest());
        var e = project.enterprise();
        Submission s = new Submission(key == null ? UUID.randomUUID().toString() : key, project.id(), e.name(), e.creditCode(), now,
                project.updatedAt(), source, SubmissionPart.contentHash(all), all, SubmissionStatus.PENDING, 0, "", true, null,
                null, "");
        return new SubmissionBuilder.Prepared(s, ordered);
    }
}
