package org.energydiag.core.equipment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.catalogue.EquipmentModel;
import org.energydiag.core.catalogue.Technology;
import org.energydiag.core.text.Texts;

/**
 * Catalogue equipment and technologies for an item: models of the same class in the national
 * catalogue (those whose model or product names the item's power or capacity first) and the
 * technologies found by the class's keywords.
 */
public final class Recommendations {

    public record Result(List<EquipmentModel> equipment, List<Technology> technologies, String basis) {
    }

    private Recommendations() {
    }

    static String classKeyword(EquipmentClass c) {
        return switch (c) {
            case MOTOR -> "电动机";
            case TRANSFORMER -> "变压器";
            case FAN -> "风机";
            case PUMP -> "泵";
            case AIR_COMPRESSOR -> "压缩机";
            case BOILER -> "锅炉";
            case REFRIGERATION -> "制冷";
            case KILN, OTHER -> "";
        };
    }

    static List<String> technologyQueries(EquipmentClass c) {
        return switch (c) {
            case MOTOR -> List.of("电机", "永磁");
            case TRANSFORMER -> List.of("变压器");
            case FAN -> List.of("风机");
            case PUMP -> List.of("泵");
            case AIR_COMPRESSOR -> List.of("压缩空气", "空压");
            case BOILER -> List.of("锅炉");
            case REFRIGERATION -> List.of("制冷", "冷却");
            case KILN -> List.of("窑");
            case OTHER -> List.of("余热");
        };
    }

    public static Result forItem(EquipmentItem item, Catalogue catalogue, int max) {
        String size = item.text(item.equipmentClass() == EquipmentClass.TRANSFORMER ? EquipmentField.CAPACITY_KVA
                : EquipmentField.RATED_POWER).replaceAll("\\.0+$", "");
        String keyword = classKeyword(item.equipmentClass());
        List<EquipmentModel> models = new ArrayList<>(keyword.isEmpty() ? List.of() : catalogue.equipmentForClass(keyword));
        if (!size.isEmpty()) {
            models.sort(Comparator.comparing((EquipmentModel m) -> !(m.model() + " " + m.product()).contains(size)));
        }
        List<Technology> techs = new ArrayList<>();
        for (String q : technologyQueries(item.equipmentClass())) {
            for (Technology t : catalogue.searchTechnologies(q, null, null)) {
                if (!techs.contains(t)) {
                    techs.add(t);
                }
            }
        }
        String basis = Texts.format("equipment.recommendationBasis", item.equipmentClass().label(), catalogue.title(),
                size.isEmpty() ? "" : Texts.format("equipment.recommendationSizeFirst", size));
        return new Result(models.subList(0, Math.min(max, models.size())), techs.subList(0, Math.min(max, techs.size())), basis);
    }
}
