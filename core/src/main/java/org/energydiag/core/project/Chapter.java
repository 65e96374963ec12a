package org.energydiag.core.project;

import java.util.Optional;
import org.energydiag.core.text.Texts;

/**
 * The chapters of the plan (附件2《节能降碳改造具体方案》) in the template's order: the one list
 * that the window's steps, the plan document's sections and the plan check's targets follow.
 * Adding a chapter is a constant here, its section in the plan writer and its step in the window
 * (tests check that each of those covers every chapter).
 */
public enum Chapter {
    ENTERPRISE("enterprise", "一（一）"),
    PROCESS("process", "一（二）1"),
    EQUIPMENT("equipment", "一（二）2"),
    ENERGY("energy", "一（三）"),
    MANAGEMENT("management", "一（四）"),
    CARBON("carbon", "一（五）"),
    DIAGNOSIS("diagnosis", "二"),
    TARGETS("targets", "三（一）"),
    TASKS("tasks", "三（二）"),
    KEY_PROJECTS("keyProjects", "三（三）"),
    SAFEGUARDS("safeguards", "三（四）"),
    ATTACHMENTS("attachments", "四");

    private final String id;
    private final String section;

    Chapter(String id, String section) {
        this.id = id;
        this.section = section;
    }

    /** Stable id, as the plan check names where to fix something ({@code id} or {@code id#field}). */
    public String id() {
        return id;
    }

    /** The template's numbering, e.g. 一（一）. */
    public String section() {
        return section;
    }

    /** The chapter's title, e.g. 企业基本情况. */
    public String title() {
        return Texts.get("chapter." + id);
    }

    /** The part of the template (1 一、重点用能单位概况 … 4 四、随附材料). */
    public int part() {
        return "一二三四".indexOf(section.charAt(0)) + 1;
    }

    /** The heading of the part, e.g. 一、重点用能单位概况. */
    public String partTitle() {
        return Texts.get("chapter.part" + part());
    }

    /**
     * The chapter a plan-check target names: its id, or {@code retrofit} (the plan data: 改造目标
     * when the field is {@code targets}, else 改造任务).
     */
    public static Optional<Chapter> ofTarget(String target) {
        int hash = target.indexOf('#');
        String chapter = hash < 0 ? target : target.substring(0, hash);
        String field = hash < 0 ? "" : target.substring(hash + 1);
        if (chapter.equals("retrofit")) {
            return Optional.of(field.equals("targets") ? TARGETS : TASKS);
        }
        for (Chapter c : values()) {
            if (c.id.equals(chapter)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
