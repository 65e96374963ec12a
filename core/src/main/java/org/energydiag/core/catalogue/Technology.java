package org.energydiag.core.catalogue;

/**
 * One recommended technology of the catalogue (一、工业节能降碳技术 or 二、信息化领域节能降碳技术).
 *
 * @param part          the part as printed, e.g. "一、工业节能降碳技术"
 * @param section       the section as printed, e.g. "（一）钢铁行业节能降碳技术"
 * @param number        序号 within the section, as printed (restarts at 1 in every section)
 * @param name          技术名称
 * @param description   技术原理及简介
 * @param applicability 适用范围
 */
public record Technology(String part, String section, int number, String name, String description,
                         String applicability) {
}
