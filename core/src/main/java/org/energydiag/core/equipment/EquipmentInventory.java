package org.energydiag.core.equipment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The main energy-using equipment list (template 一（二）2) and the assumptions used to estimate
 * savings.
 *
 * @param tariffYuanPerKwh average electricity price for savings in 元 (null: not set)
 * @param tariffSource     where the price comes from (e.g. the enterprise's 2025 bills)
 * @param catalogueEdition edition of the technology catalogue the recommendations use (e.g. 2024)
 */
public record EquipmentInventory(List<EquipmentItem> items, BigDecimal tariffYuanPerKwh, String tariffSource,
                                 String catalogueEdition) {

    public static final String DEFAULT_EDITION = "2024";

    public EquipmentInventory {
        items = items == null ? List.of() : List.copyOf(items);
        tariffSource = tariffSource == null ? "" : tariffSource;
        catalogueEdition = catalogueEdition == null || catalogueEdition.isBlank() ? DEFAULT_EDITION : catalogueEdition;
    }

    public EquipmentInventory(List<EquipmentItem> items, BigDecimal tariffYuanPerKwh, String tariffSource) {
        this(items, tariffYuanPerKwh, tariffSource, null);
    }

    public static EquipmentInventory empty() {
        return new EquipmentInventory(List.of(), null, "", null);
    }

    public EquipmentInventory withItems(List<EquipmentItem> v) {
        return new EquipmentInventory(v, tariffYuanPerKwh, tariffSource, catalogueEdition);
    }

    public EquipmentInventory withTariff(BigDecimal v, String source) {
        return new EquipmentInventory(items, v, source, catalogueEdition);
    }

    public EquipmentInventory withCatalogueEdition(String edition) {
        return new EquipmentInventory(items, tariffYuanPerKwh, tariffSource, edition);
    }
}
