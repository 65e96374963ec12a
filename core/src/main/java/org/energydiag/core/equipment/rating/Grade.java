package org.energydiag.core.equipment.rating;

import org.energydiag.core.text.Texts;

/** The energy-efficiency grade of an item (GB 能效等级: 1级 best, 3级 = 能效限定值). */
public enum Grade {
    GRADE_1(Texts.get("equipment.grade1")),
    GRADE_2(Texts.get("equipment.grade2")),
    GRADE_3(Texts.get("equipment.grade3")),
    BELOW(Texts.get("equipment.gradeBelow")),
    CANNOT_RATE(Texts.get("equipment.gradeCannotRate"));

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** GRADE_1 … GRADE_3 for 1 … 3. */
    static Grade ofNumber(int n) {
        return switch (n) {
            case 1 -> GRADE_1;
            case 2 -> GRADE_2;
            case 3 -> GRADE_3;
            default -> throw new IllegalArgumentException("grade " + n);
        };
    }
}
