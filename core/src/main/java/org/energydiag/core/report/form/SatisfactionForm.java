package org.energydiag.core.report.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.energydiag.core.project.Contact;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Satisfaction;
import org.energydiag.core.project.SatisfactionLevel;
import org.energydiag.core.text.Texts;

/**
 * Flat view model of 企业满意度调查表 (附件3 of the 2026 diagnosis-service notice): the form's fixed
 * texts, word for word, and the values to fill in. The PDF, Word and print renderings all read
 * this one model, so they say the same thing.
 *
 * @param fillerUnit 填写单位 (the enterprise), may be empty
 * @param contact    联系人, may be empty
 * @param phone      联系电话, may be empty
 * @param items      the seven rated items with the recorded answer (null when not answered)
 * @param requests   item 8's free text, may be empty
 * @param date       the date on the form, null to leave 年 月 日 blank
 */
public record SatisfactionForm(String fillerUnit, String contact, String phone, List<Item> items, String requests,
                               LocalDate date) {

    /** One rated item: its number (1–7), its text and the ticked box, or null. */
    public record Item(int number, String text, SatisfactionLevel answer) {
    }

    public static final String ATTACHMENT = Texts.get("form.attachment");
    public static final String TITLE = Texts.get("form.title");
    public static final String FILLER_UNIT_LABEL = Texts.get("form.fillerUnitLabel");
    public static final String CONTACT_LABEL = Texts.get("form.contactLabel");
    public static final String PHONE_LABEL = Texts.get("form.phoneLabel");
    /** The two lines of the introduction, broken as on the form. */
    public static final List<String> INTRO = List.of(Texts.get("form.intro1"), Texts.get("form.intro2"));
    public static final String INSTRUCTION = Texts.get("form.instruction");
    public static final List<String> ITEM_TEXTS = List.of(
            Texts.get("form.item1"),
            Texts.get("form.item2"),
            Texts.get("form.item3"),
            Texts.get("form.item4"),
            Texts.get("form.item5"),
            Texts.get("form.item6"),
            Texts.get("form.item7"));
    public static final int REQUESTS_NUMBER = 8;
    public static final String REQUESTS_TEXT = Texts.get("form.requestsText");
    public static final String SIGNATURE_LABEL = Texts.get("form.signatureLabel");
    public static final String SEAL_LABEL = Texts.get("form.sealLabel");
    /** The empty box printed after each answer text. */
    public static final String BOX = Texts.get("form.box");
    /** The tick written into a box. */
    public static final String TICK = Texts.get("form.tick");

    public SatisfactionForm {
        fillerUnit = fillerUnit == null ? "" : fillerUnit;
        contact = contact == null ? "" : contact;
        phone = phone == null ? "" : phone;
        requests = requests == null ? "" : requests;
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (items.size() != ITEM_TEXTS.size()) {
            throw new IllegalArgumentException("满意度调查表应有 " + ITEM_TEXTS.size() + " 个评价项");
        }
    }

    /** The form filled from a project: recorded answers first, else the enterprise and its first contact. */
    public static SatisfactionForm of(DiagnosisProject project) {
        Satisfaction s = project.satisfaction();
        Contact first = project.enterprise().contacts().isEmpty() ? Contact.empty() : project.enterprise().contacts().get(0);
        return new SatisfactionForm(
                or(s.fillerUnit(), project.enterprise().name()),
                or(s.contact(), first.name()),
                or(s.phone(), first.phone()),
                items(s), s.requests(), s.dateReturned());
    }

    /** The form with nothing filled in, as in the notice. */
    public static SatisfactionForm blank() {
        return new SatisfactionForm("", "", "", items(Satisfaction.empty()), "", null);
    }

    private static List<Item> items(Satisfaction s) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < ITEM_TEXTS.size(); i++) {
            out.add(new Item(i + 1, ITEM_TEXTS.get(i), s.rating(i)));
        }
        return out;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? (fallback == null ? "" : fallback) : value;
    }

    /** The answer columns in the form's order: 满意, 较满意, 一般, 不满意. */
    public static List<SatisfactionLevel> levels() {
        return List.of(SatisfactionLevel.values());
    }

    /** The cell text of one answer box, e.g. "较满意 □". */
    public static String choiceText(SatisfactionLevel level) {
        return level.label() + " " + BOX;
    }

    /** The date line: "年 月 日" with room to write, or the recorded date, e.g. "2026 年 5 月 20 日". */
    public String dateText() {
        if (date == null) {
            return Texts.get("form.dateBlank");
        }
        return Texts.format("form.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Every fixed text of the form, in reading order (for tests and checks of a rendering). */
    public static List<String> fixedTexts() {
        List<String> t = new ArrayList<>();
        t.add(ATTACHMENT);
        t.add(TITLE);
        t.add(FILLER_UNIT_LABEL);
        t.add(CONTACT_LABEL);
        t.add(PHONE_LABEL);
        t.addAll(INTRO);
        t.add(INSTRUCTION);
        t.addAll(ITEM_TEXTS);
        levels().forEach(l -> t.add(choiceText(l)));
        t.add(REQUESTS_TEXT);
        t.add(SIGNATURE_LABEL);
        t.add(SEAL_LABEL);
        return t;
    }
}
