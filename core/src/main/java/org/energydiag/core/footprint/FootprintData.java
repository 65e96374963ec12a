package org.energydiag.core.footprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The product carbon-footprint studies of a project, one per product (产品碳足迹核算报告). */
public record FootprintData(List<FootprintStudy> studies) {

    public FootprintData {
        studies = studies == null ? List.of() : List.copyOf(studies);
    }

    public static FootprintData empty() {
        return new FootprintData(List.of());
    }

    /** The study of {@code product} (names compared without surrounding blanks). */
    public Optional<FootprintStudy> study(String product) {
        String name = product == null ? "" : product.strip();
        return studies.stream().filter(s -> s.product().equals(name)).findFirst();
    }

    /** A copy with {@code s} replacing the study of the same product, or added at the end. */
    public FootprintData with(FootprintStudy s) {
        List<FootprintStudy> out = new ArrayList<>(studies);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).product().equals(s.product())) {
                out.set(i, s);
                return new FootprintData(out);
            }
        }
        out.add(s);
        return new FootprintData(out);
    }

    /** A copy with the study at {@code index} replaced (its product may change). */
    public FootprintData replace(int index, FootprintStudy s) {
        List<FootprintStudy> out = new ArrayList<>(studies);
        out.set(index, s);
        return new FootprintData(out);
    }

    public FootprintData without(int index) {
        List<FootprintStudy> out = new ArrayList<>(studies);
        out.remove(index);
        return new FootprintData(out);
    }
}
