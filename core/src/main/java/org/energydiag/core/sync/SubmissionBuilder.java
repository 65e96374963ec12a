package org.energydiag.core.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Satisfaction;
import org.energydiag.core.project.SatisfactionLevel;
import org.energydiag.core.report.form.SatisfactionForm;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.text.Texts;

/**
 * Assembles a submission from a project: {@code project.edproj} (the project file, the same
 * format as 导出项目), {@code plan.docx} (the rendered 改造方案, passed in because the charts are
 * drawn by the app), {@code satisfaction.json} (the recorded answers of 附件3) and, if the
 * engineer attached it, the scan of the stamped form.
 */
public final class SubmissionBuilder {

    public static final String PROJECT_PART = "project.edproj";
    public static final String PLAN_PART = "plan.docx";
    public static final String SATISFACTION_PART = "satisfaction.json";
    public static final String SCAN_PART_STEM = "satisfaction-scan";
    public static final String DIAGNOSIS_REPORT_PART = "diagnosis-report.docx";
    public static final String CARBON_REPORT_PART = "carbon-report.docx";
    /** {@code footprint-1.docx}, {@code footprint-2.docx} … in the order of the project's studies. */
    public static final String FOOTPRINT_PART_STEM = "footprint-";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Scan types accepted, by extension. */
    public static final Map<String, String> SCAN_TYPES = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

    /** A scan of the returned, stamped form. */
    public record Scan(String fileName, byte[] bytes) {
        public String extension() {
            int dot = fileName.lastIndexOf('.');
            return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A report written beside the plan (诊断报告, 碳排放核算报告, 产品碳足迹核算报告).
     *
     * @param name the part's file name, e.g. {@code diagnosis-report.docx}
     */
    public record Report(SubmissionPart.Kind kind, String name, byte[] bytes) {
    }

    /** The submission and the bytes of its parts, ready for {@link Outbox#enqueue}. */
    public record Prepared(Submission submission, Map<String, byte[]> files) {
    }

    private SubmissionBuilder() {
    }

    public static Prepared build(DiagnosisProject project, byte[] planDocx, Scan scan, String generator, Instant now) {
        return build(project, ProjectFile.Blobs.NONE, planDocx, scan, generator, now, UUID.randomUUID().toString());
    }

    /** @param blobs the bytes of the project's attachments: they travel inside {@code project.edproj} */
    public static Prepared build(DiagnosisProject project, ProjectFile.Blobs blobs, byte[] planDocx, Scan scan,
                                 String generator, Instant now) {
        return build(project, blobs, planDocx, scan, generator, now, UUID.randomUUID().toString());
    }

    public static Prepared build(DiagnosisProject project, ProjectFile.Blobs blobs, byte[] planDocx, Scan scan,
                                 String generator, Instant now, String key) {
        return build(project, blobs, planDocx, List.of(), scan, generator, now, key);
    }

    /** @param reports the other reports of the notice written from the same evaluation, in its order */
    public static Prepared build(DiagnosisProject project, ProjectFile.Blobs blobs, byte[] planDocx, List<Report> reports,
                                 Scan scan, String generator, Instant now, String key) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<SubmissionPart> parts = new ArrayList<>();
        byte[] projectFile = ProjectFile.toBytes(project, generator, now, blobs);
        add(files, parts, PROJECT_PART, SubmissionPart.Kind.PROJECT, "application/json", projectFile);
        add(files, parts, PLAN_PART, SubmissionPart.Kind.PLAN, DOCX, planDocx);
        for (Report r : reports) {
            add(files, parts, r.name(), r.kind(), DOCX, r.bytes());
        }
        byte[] answers = satisfactionJson(project);
        add(files, parts, SATISFACTION_PART, SubmissionPart.Kind.SATISFACTION, "application/json", answers);
        byte[] scanBytes = new byte[0];
        if (scan != null) {
            String type = SCAN_TYPES.get(scan.extension());
            if (type == null) {
                throw new IllegalArgumentException(Texts.format("sync.scanType", scan.fileName()));
            }
            if (scan.bytes().length == 0) {
                throw new IllegalArgumentException(Texts.format("sync.scanEmpty", scan.fileName()));
            }
            scanBytes = scan.bytes();
            add(files, parts, SCAN_PART_STEM + "." + (scan.extension().equals("jpeg") ? "jpg" : scan.extension()),
                    SubmissionPart.Kind.SCAN, type, scanBytes);
        }
        String source = sourceHash(project, answers, scanBytes);
        var e = project.enterprise();
        Submission s = new Submission(key, project.id(), e.name(), e.creditCode(), now, project.updatedAt(), source,
                SubmissionPart.contentHash(parts), parts, SubmissionStatus.PENDING, 0, "", true, null, null, "");
        return new Prepared(s, files);
    }

    /** The engineer's data without generated files or export time stamps. */
    public static String sourceHash(DiagnosisProject project, byte[] answers, byte[] scan) {
        var d = Hashes.sha256();
        d.update(ProjectJson.toJson(project).getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(answers);
        d.update((byte) 0);
        d.update(scan);
        return java.util.HexFormat.of().formatHex(d.digest());
    }

    private static void add(Map<String, byte[]> files, List<SubmissionPart> parts, String name, SubmissionPart.Kind kind,
                            String type, byte[] bytes) {
        files.put(name, bytes);
        parts.add(new SubmissionPart(name, kind, type, bytes.length, Hashes.sha256(bytes)));
    }

    /**
     * The answers of 附件3 as the platform reads them: the form's items with their text and the
     * ticked box (null when not answered), item 8, the filler and the return date.
     */
    public static byte[] satisfactionJson(DiagnosisProject project) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Satisfaction s = project.satisfaction();
        ObjectNode root = m.createObjectNode();
        root.put("form", SatisfactionForm.TITLE);
        root.put("projectId", project.id());
        root.put("fillerUnit", s.fillerUnit());
        root.put("contact", s.contact());
        root.put("phone", s.phone());
        ArrayNode items = root.putArray("items");
        for (int i = 0; i < Satisfaction.ITEMS; i++) {
            ObjectNode it = items.addObject();
            it.put("number", i + 1);
            it.put("text", SatisfactionForm.ITEM_TEXTS.get(i));
            SatisfactionLevel level = s.rating(i);
            if (level == null) {
                it.putNull("answer");
            } else {
                it.put("answer", level.label());
            }
        }
        root.put("requests", s.requests());
        if (s.dateReturned() == null) {
            root.putNull("dateReturned");
        } else {
            root.put("dateReturned", s.dateReturned().toString());
        }
        root.put("returned", !s.isEmpty());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeValue(out, root);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
