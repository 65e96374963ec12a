package org.energydiag.core.meter.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A meter's time-of-use cost in yuan and the saving of moving load from 高峰 to 低谷, at the flat price the
 * engineer gave (the project's tariff). Computed once per evaluation; the diagnosis finding, the command line
 * and the JSON read these objects.
 *
 * @param meterName the meter
 * @param split     its time-of-use split
 * @param cost      the cost of the priced intervals, null without a flat price or without priced energy
 * @param shift     the saving of moving the given kWh a year from 高峰 to 低谷, null without them
 */
public record TouCosts(String meterName, TouSplit split, TouSplit.Cost cost, TouSplit.ShiftSaving shift) {

    /**
     * The costs of each load with a time-of-use split.
     *
     * @param flatPrice yuan/kWh, null when not given
     * @param shiftKwh  kWh a year, null when not given
     */
    public static List<TouCosts> of(List<LoadAnalysis> loads, Double flatPrice, Double shiftKwh) {
        List<TouCosts> out = new ArrayList<>();
        for (LoadAnalysis l : loads) {
            if (l.tou() == null || !l.hasData()) {
                continue;
            }
            out.add(at(l.meterName(), l.tou(), flatPrice, shiftKwh));
        }
        return List.copyOf(out);
    }

    /** The costs of one split at {@code flatPrice} (null: none) moving {@code shiftKwh} a year (null: none). */
    public static TouCosts at(String meter, TouSplit t, Double flatPrice, Double shiftKwh) {
        if (flatPrice == null || !(t.pricedTotal() > 0)) {
            return new TouCosts(meter, t, null, null);
        }
        TouSplit.Cost cost = t.cost(flatPrice);
        TouSplit.ShiftSaving shift = shiftKwh == null ? null : t.shift(shiftKwh, flatPrice, TouPeriod.PEAK, TouPeriod.VALLEY);
        return new TouCosts(meter, t, cost, shift);
    }
}
