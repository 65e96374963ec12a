package org.energydiag.core.process;

import org.energydiag.core.reference.CarrierId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One 工序 of the 主要生产系统: its name, working principle (工艺原理), outputs (产品/中间产品),
 * the equipment it uses, its control points (主要控制点) and the energy carriers it consumes.
 *
 * <p>{@code next} holds the ids of the downstream units: a branch lists several ids, a merge is
 * several units listing the same id.
 *
 * <p>The compact constructor normalises: a null or blank id becomes a random UUID, null strings
 * become {@code ""}, null lists become empty; null and blank list elements are dropped, the lists
 * are copied (immutable) and duplicates in {@code next} are removed keeping the first occurrence.
 *
 * @param id           stable identifier referenced by other units' {@code next}
 * @param name         工序名称, e.g. 熟料烧成
 * @param principle    工艺原理 (short description)
 * @param outputs      产出 (e.g. 熟料)
 * @param equipmentIds ids of the equipment items belonging to this unit
 * @param controlPoints 主要控制点 (free text)
 * @param carriers     ids of the energy carriers of the reference pack consumed here (e.g. ELECTRICITY)
 * @param next         ids of the downstream units, in order
 */
public record ProcessUnit(String id, String name, String principle, String outputs, List<String> equipmentIds,
                          String controlPoints, List<CarrierId> carriers, List<String> next) {

    public ProcessUnit {
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        name = Objects.requireNonNullElse(name, "");
        principle = Objects.requireNonNullElse(principle, "");
        outputs = Objects.requireNonNullElse(outputs, "");
        controlPoints = Objects.requireNonNullElse(controlPoints, "");
        equipmentIds = clean(equipmentIds, false);
        carriers = carriers == null ? List.of() : carriers.stream().filter(Objects::nonNull).toList();
        next = clean(next, true);
    }

    /** A new unit with a fresh id and the given name, everything else empty. */
    public static ProcessUnit named(String name) {
        return new ProcessUnit(null, name, null, null, null, null, null, null);
    }

    public ProcessUnit withName(String v) {
        return new ProcessUnit(id, v, principle, outputs, equipmentIds, controlPoints, carriers, next);
    }

    public ProcessUnit withPrinciple(String v) {
        return new ProcessUnit(id, name, v, outputs, equipmentIds, controlPoints, carriers, next);
    }

    public ProcessUnit withOutputs(String v) {
        return new ProcessUnit(id, name, principle, v, equipmentIds, controlPoints, carriers, next);
    }

    public ProcessUnit withEquipmentIds(List<String> v) {
        return new ProcessUnit(id, name, principle, outputs, v, controlPoints, carriers, next);
    }

    public ProcessUnit withControlPoints(String v) {
        return new ProcessUnit(id, name, principle, outputs, equipmentIds, v, carriers, next);
    }

    public ProcessUnit withCarriers(List<CarrierId> v) {
        return new ProcessUnit(id, name, principle, outputs, equipmentIds, controlPoints, v, next);
    }

    public ProcessUnit withNext(List<String> v) {
        return new ProcessUnit(id, name, principle, outputs, equipmentIds, controlPoints, carriers, v);
    }

    private static List<String> clean(List<String> values, boolean distinct) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Collection<String> kept = distinct ? new LinkedHashSet<String>() : new ArrayList<String>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v);
            }
        }
        return List.copyOf(kept);
    }
}
