package org.energydiag.core.footprint;

import java.math.BigDecimal;
import java.util.List;
import org.energydiag.core.text.Texts;

/**
 * One product carbon-footprint study (产品碳足迹核算) after GB/T 24067-2024 / ISO 14067, or a
 * sector rule the engineer names. The study period is the evaluation's base year; the enterprise's
 * energy and process emissions come from the evaluation and are allocated to the product.
 *
 * @param product        the product studied (one of 附件1's 拟开展产品碳足迹核算的工业产品类型)
 * @param declaredAmount the declared unit's amount (声明单位), e.g. 1 for "1 t"
 * @param declaredUnit   its unit, e.g. t; the output is counted in the same unit
 * @param output         the product's output in the study period, in {@code declaredUnit}
 * @param standard       the standard or product rule followed
 * @param coProducts     the allocation entries (the studied product among them); empty: the product
 *                       carries everything (single product)
 * @param exclusions     what the study leaves out and why (cut-off, GB/T 24067-2024 6.3.4)
 * @param dataQuality    the engineer's statement on the data (primary/secondary, period, geography)
 */
public record FootprintStudy(String product, BigDecimal declaredAmount, String declaredUnit, BigDecimal output,
                             Boundary boundary, String standard, Allocation allocation, List<CoProduct> coProducts,
                             List<Material> materials, List<TransportLeg> transport, String exclusions, String dataQuality) {

    public FootprintStudy {
        product = product == null ? "" : product.strip();
        declaredUnit = declaredUnit == null ? "" : declaredUnit.strip();
        boundary = boundary == null ? Boundary.CRADLE_TO_GATE : boundary;
        standard = standard == null || standard.isBlank() ? defaultStandard() : standard.strip();
        allocation = allocation == null ? Allocation.MASS : allocation;
        coProducts = coProducts == null ? List.of() : List.copyOf(coProducts);
        materials = materials == null ? List.of() : List.copyOf(materials);
        transport = transport == null ? List.of() : List.copyOf(transport);
        exclusions = exclusions == null ? "" : exclusions;
        dataQuality = dataQuality == null ? "" : dataQuality;
    }

    /** GB/T 24067-2024 温室气体 产品碳足迹 量化要求和指南. */
    public static String defaultStandard() {
        return Texts.get("footprint.standard.default");
    }

    /** A new study of {@code product}: declared unit 1 t, cradle-to-gate, the national standard, by mass. */
    public static FootprintStudy of(String product) {
        return new FootprintStudy(product, BigDecimal.ONE, "t", null, Boundary.CRADLE_TO_GATE, null, Allocation.MASS,
                null, null, null, null, null);
    }

    public FootprintStudy withProduct(String v) {
        return new FootprintStudy(v, declaredAmount, declaredUnit, output, boundary, standard, allocation, coProducts, materials,
                transport, exclusions, dataQuality);
    }

    public FootprintStudy withDeclaredUnit(BigDecimal amount, String unit) {
        return new FootprintStudy(product, amount, unit, output, boundary, standard, allocation, coProducts, materials,
                transport, exclusions, dataQuality);
    }

    public FootprintStudy withOutput(BigDecimal v) {
        return new FootprintStudy(product, declaredAmount, declaredUnit, v, boundary, standard, allocation, coProducts, materials,
                transport, exclusions, dataQuality);
    }

    public FootprintStudy withBoundary(Boundary v) {
        return new FootprintStudy(product, declaredAmount, declaredUnit, output, v, standard, allocation, coProducts, materials,
                transport, exclusions, dataQuality);
    }

    public FootprintStudy withStandard(String v) {
        return new FootprintStudy(product, declaredAmount, declaredUnit, output, boundary, v, allocation, coProducts, materials,
                transport, exclusions, dataQuality);
    }

    public FootprintStudy withAllocation(Allocation v) {
        return new FootprintStudy(product, declaredAmount, declaredUnit, output, boundary, standard, v, coProducts, materials,
                transport, exclusions, dataQuality);
    }

    public FootprintStudy withCoProducts(List<CoProduct> v) {
        return new FootprintStudy(product, declaredAmount, declaredUnit, output, boundary, standard, allocation, v, materials,
                transport, exclusions, dataQuality);
    }

    public FootprintStudy withMaterials(List<Material> v) {
        return new FootprintStudy(product, declaredAmount, declaredUnit, output, boundary, standard, allocation, coProducts, v,
                transport, exclusions, dataQuality);
    }

    public FootprintStudy withTransport(List<TransportLeg> v) {
        return new FootprintStudy(product, declaredAmount, declaredUnit, output, boundary, standard, allocation, coProducts,
                materials, v, exclusions, dataQuality);
    }

    public FootprintStudy withExclusions(String v) {
        return new FootprintStudy(product, declaredAmount, declaredUnit, output, boundary, standard, allocation, coProducts,
                materials, transport, v, dataQuality);
    }

    public FootprintStudy withDataQuality(String v) {
        return new FootprintStudy(product, declaredAmount, declaredUnit, output, boundary, standard, allocation, coProducts,
                materials, transport, exclusions, v);
    }

    /** "1 t" as the report prints the declared unit. */
    public String declaredUnitText() {
        return (declaredAmount == null ? "" : declaredAmount.stripTrailingZeros().toPlainString() + " ") + declaredUnit;
    }
}
