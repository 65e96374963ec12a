package org.energydiag.core.carbon;

import java.math.BigDecimal;

/**
 * Cement clinker produced in a year, for the calcination emissions. With the measured CaO and MgO
 * contents (and their non-carbonate parts) the factor is computed; otherwise {@code factor} or the
 * reference default is used.
 *
 * @param outputTonnes clinker output, t
 * @param factor       tCO2/t clinker entered by the engineer (null: computed or default)
 */
public record ClinkerRecord(int year, BigDecimal outputTonnes, BigDecimal caoPercent, BigDecimal mgoPercent,
                            BigDecimal nonCarbonateCaoPercent, BigDecimal nonCarbonateMgoPercent, BigDecimal factor,
                            String source) {
}
