package org.energydiag.core.energy;

import java.math.BigDecimal;

/**
 * The electricity price facts the engineer gives for the time-of-use analysis of the meter data:
 * the class of users whose price ratios apply (e.g. 两部制, 单一制 1-10kV; one of the options of the
 * province's schedules, {@code ""} = each schedule's first), the flat price 平段电价 (yuan/kWh) from the
 * enterprise's bill, and the energy a year the engineer proposes to move from 高峰 to 低谷 (kWh/a).
 * Without a flat price the split gives ratios and shares only, no yuan.
 *
 * @param priceClass      the class of users, {@code ""} when not chosen
 * @param flatPrice       平段电价, yuan/kWh, null when not given
 * @param shiftKwhPerYear kWh a year moved from 高峰 to 低谷, null when not given
 */
public record ElectricityTariff(String priceClass, BigDecimal flatPrice, BigDecimal shiftKwhPerYear) {

    /** The highest flat price accepted, yuan/kWh (Chinese industrial prices are about 0.3–1.5). */
    public static final BigDecimal MAX_FLAT_PRICE = new BigDecimal("10");

    public ElectricityTariff {
        priceClass = priceClass == null ? "" : priceClass.strip();
    }

    public static ElectricityTariff empty() {
        return new ElectricityTariff("", null, null);
    }

    public ElectricityTariff withPriceClass(String v) {
        return new ElectricityTariff(v, flatPrice, shiftKwhPerYear);
    }

    public ElectricityTariff withFlatPrice(BigDecimal v) {
        return new ElectricityTariff(priceClass, v, shiftKwhPerYear);
    }

    public ElectricityTariff withShiftKwhPerYear(BigDecimal v) {
        return new ElectricityTariff(priceClass, flatPrice, v);
    }

    /** The flat price when it is a usable positive number, else null. */
    public Double usableFlatPrice() {
        return flatPrice != null && flatPrice.signum() > 0 && flatPrice.compareTo(MAX_FLAT_PRICE) <= 0 ? flatPrice.doubleValue() : null;
    }

    /** The kWh to shift when it is a usable positive number, else null. */
    public Double usableShiftKwh() {
        return shiftKwhPerYear != null && shiftKwhPerYear.signum() > 0 ? shiftKwhPerYear.doubleValue() : null;
    }
}
