package org.energydiag.core.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.energydiag.core.text.Texts;

/**
 * The enterprise's answers on 企业满意度调查表 (附件3), as returned after the diagnosis.
 * Text fields are never null (empty when not filled).
 *
 * @param ratings      the seven rated items in the form's order; an element is null when not answered
 * @param requests     item 8: 需要解决的问题、改善建议和对后续服务的需求等
 * @param fillerUnit   填写单位
 * @param contact      联系人
 * @param phone        联系电话
 * @param dateReturned the date on the returned form, null when not returned
 */
public record Satisfaction(List<SatisfactionLevel> ratings, String requests, String fillerUnit, String contact,
                           String phone, LocalDate dateReturned) {

    /** Number of rated items on the form. */
    public static final int ITEMS = 7;

    public Satisfaction {
        List<SatisfactionLevel> r = new ArrayList<>(ITEMS);
        if (ratings != null) {
            if (ratings.size() > ITEMS) {
                throw new IllegalArgumentException(Texts.format("project.satisfaction.tooManyRatings", ITEMS, ratings.size()));
            }
            r.addAll(ratings);
        }
        while (r.size() < ITEMS) {
            r.add(null);
        }
        ratings = Collections.unmodifiableList(r); // allows null elements, unlike List.copyOf
        requests = text(requests);
        fillerUnit = text(fillerUnit);
        contact = text(contact);
        phone = text(phone);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public static Satisfaction empty() {
        return new Satisfaction(null, "", "", "", "", null);
    }

    /** The answer to item {@code index} (0-based, 0..6), or null when not answered. */
    public SatisfactionLevel rating(int index) {
        return ratings.get(index);
    }

    /** True when nothing has been recorded. */
    public boolean isEmpty() {
        return equals(empty());
    }

    public Satisfaction withRating(int index, SatisfactionLevel level) {
        if (index < 0 || index >= ITEMS) {
            throw new IndexOutOfBoundsException("rating index must be 0.." + (ITEMS - 1) + ": " + index);
        }
        List<SatisfactionLevel> r = new ArrayList<>(ratings);
        r.set(index, level);
        return new Satisfaction(r, requests, fillerUnit, contact, phone, dateReturned);
    }

    public Satisfaction withRatings(SatisfactionLevel... levels) {
        return new Satisfaction(Arrays.asList(levels), requests, fillerUnit, contact, phone, dateReturned);
    }

    public Satisfaction withRequests(String v) {
        return new Satisfaction(ratings, v, fillerUnit, contact, phone, dateReturned);
    }

    public Satisfaction withFillerUnit(String v) {
        return new Satisfaction(ratings, requests, v, contact, phone, dateReturned);
    }

    public Satisfaction withContact(String v) {
        return new Satisfaction(ratings, requests, fillerUnit, v, phone, dateReturned);
    }

    public Satisfaction withPhone(String v) {
        return new Satisfaction(ratings, requests, fillerUnit, contact, v, dateReturned);
    }

    public Satisfaction withDateReturned(LocalDate v) {
        return new Satisfaction(ratings, requests, fillerUnit, contact, phone, v);
    }
}
