package org.energydiag.core.meter;

import org.energydiag.core.reference.CarrierId;
/**
 * How one meter is read: the column (wide and day layouts) or the meter name (long layout), and
 * what its numbers are.
 *
 * @param column     0-based column of the values (wide/day: its own column; long: the value column)
 * @param meterName  name under which the series is stored
 * @param carrierId  energy carrier, e.g. ELECTRICITY
 * @param unit       unit of the numbers; null when unknown (then the meter is not imported and
 *                   the report asks for it)
 * @param multiplier 倍率 (CT × PT ratio), applied to every value
 * @param include    false to leave the column out
 */
public record ColumnMapping(int column, String meterName, CarrierId carrierId, MeterUnit unit, ValueKind kind,
                            double multiplier, boolean include) {

    public ColumnMapping withUnit(MeterUnit u) {
        return new ColumnMapping(column, meterName, carrierId, u, kind, multiplier, include);
    }

    public ColumnMapping withKind(ValueKind k) {
        return new ColumnMapping(column, meterName, carrierId, unit, k, multiplier, include);
    }

    public ColumnMapping withMultiplier(double m) {
        return new ColumnMapping(column, meterName, carrierId, unit, kind, m, include);
    }

    public ColumnMapping withName(String n) {
        return new ColumnMapping(column, n, carrierId, unit, kind, multiplier, include);
    }

    public ColumnMapping withInclude(boolean i) {
        return new ColumnMapping(column, meterName, carrierId, unit, kind, multiplier, i);
    }

    public ColumnMapping withCarrier(CarrierId c) {
        return new ColumnMapping(column, meterName, c, unit, kind, multiplier, include);
    }
}
