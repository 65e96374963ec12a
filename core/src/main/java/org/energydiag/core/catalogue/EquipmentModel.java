package org.energydiag.core.catalogue;

/**
 * One recommended equipment model of the catalogue (三、高效节能装备).
 *
 * @param part           the part as printed, e.g. "三、高效节能装备"
 * @param equipmentClass the equipment class as printed, e.g. "（一）电动机"
 * @param number         序号 within the class, as printed (the source may skip numbers)
 * @param applicant      申报单位
 * @param product        产品名称
 * @param model          产品型号
 * @param efficiency     能效指标, e.g. "优于1级能效"
 */
public record EquipmentModel(String part, String equipmentClass, int number, String applicant, String product,
                             String model, String efficiency) {
}
