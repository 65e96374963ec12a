package org.energydiag.core.process;

import org.energydiag.core.reference.CarrierId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Example process flows (for demos, new projects and tests). */
public final class DemoProcess {

    private DemoProcess() {
    }

    /**
     * A new-dry-process cement line (新型干法水泥生产线): 原料破碎 → 生料粉磨 → 熟料烧成 → 水泥粉磨 → 包装,
     * with 煤粉制备 merging into 熟料烧成 and the 余热发电 branch fed by the kiln's waste gas.
     * Carrier ids are those of the energy-carriers reference pack.
     *
     * @param equipmentIdsByLocation the equipment ids of a unit, given the unit's name (its 安装位置)
     */
    public static ProcessFlow cementLine(Function<String, List<String>> equipmentIdsByLocation) {
        Objects.requireNonNull(equipmentIdsByLocation, "equipmentIdsByLocation");
        ProcessUnit crushing = unit(equipmentIdsByLocation, "原料破碎",
                "石灰石经板式喂料机喂入单段锤式破碎机破碎至粒度不大于80 mm，由胶带输送机送入预均化堆场分层堆料、端面取料，辅助原料另行破碎",
                "碎石灰石、辅助原料",
                "破碎机主电机电流、出料粒度、喂料量、堆场成分波动",
                List.of("ELECTRICITY", "DIESEL"));
        ProcessUnit rawMill = unit(equipmentIdsByLocation, "生料粉磨",
                "石灰石、砂岩、铁质校正原料按配料秤比例喂入立式辊磨，利用窑尾预热器废气烘干并粉磨，经选粉机分选后的合格生料送入生料均化库",
                "生料",
                "磨机压差与振动、出磨生料细度（0.08 mm筛余）、出磨气体温度、生料率值（KH/SM/IM）",
                List.of("ELECTRICITY"));
        ProcessUnit coalMill = unit(equipmentIdsByLocation, "煤粉制备",
                "原煤经预均化后喂入风扫式煤磨烘干粉磨，煤粉经袋式收尘器收集入煤粉仓，经转子秤计量后分别送窑头燃烧器和分解炉",
                "煤粉",
                "出磨煤粉细度与水分、磨出口温度、煤粉仓温度及CO浓度",
                List.of("RAW_COAL", "ELECTRICITY"));
        ProcessUnit burning = unit(equipmentIdsByLocation, "熟料烧成",
                "生料经预热器、分解炉预热分解后入回转窑，在约1450℃下煅烧成熟料，经篦冷机冷却",
                "熟料",
                "分解炉出口温度、窑尾O2/CO、篦冷机二次风温、窑主电机电流、熟料游离氧化钙（f-CaO）",
                List.of("RAW_COAL", "ELECTRICITY", "DIESEL"));
        ProcessUnit cementMill = unit(equipmentIdsByLocation, "水泥粉磨",
                "熟料与石膏、混合材按比例经辊压机预粉磨后入球磨机粉磨（联合粉磨系统），经高效选粉机分选成水泥，送入水泥库",
                "水泥（P·O 42.5 等）",
                "出磨水泥比表面积、磨机主电机电流与喂料量、辊压机工作压力、出磨水泥温度",
                List.of("ELECTRICITY"));
        ProcessUnit packing = unit(equipmentIdsByLocation, "包装",
                "水泥库底卸料经斗式提升机、振动筛送入回转式包装机灌装成50 kg袋装水泥，或经散装机散装发运",
                "袋装水泥、散装水泥",
                "袋重合格率、包装机台时产量、收尘器压差",
                List.of("ELECTRICITY"));
        ProcessUnit wasteHeat = unit(equipmentIdsByLocation, "余热发电",
                "利用窑头篦冷机和窑尾预热器排出的中低温废气，经AQC、SP余热锅炉产生过热蒸汽，驱动汽轮发电机组发电，供厂内自用",
                "电力（自发自用）、降温后的废气",
                "AQC/SP锅炉入口废气温度、主蒸汽压力与温度、发电机有功功率、吨熟料余热发电量",
                List.of("HEAT", "ELECTRICITY"));

        crushing = crushing.withNext(List.of(rawMill.id()));
        rawMill = rawMill.withNext(List.of(burning.id()));
        coalMill = coalMill.withNext(List.of(burning.id()));
        burning = burning.withNext(List.of(cementMill.id(), wasteHeat.id()));
        cementMill = cementMill.withNext(List.of(packing.id()));
        return new ProcessFlow(List.of(crushing, rawMill, coalMill, burning, cementMill, packing, wasteHeat));
    }

    private static ProcessUnit unit(Function<String, List<String>> equipmentIdsByLocation, String name,
                                    String principle, String outputs, String controlPoints, List<String> carriers) {
        return ProcessUnit.named(name)
                .withPrinciple(principle)
                .withOutputs(outputs)
                .withControlPoints(controlPoints)
                .withCarriers(carriers.stream().map(CarrierId::of).toList())
                .withEquipmentIds(equipmentIdsByLocation.apply(name));
    }
}
