package org.energydiag.core.carbon;

import java.util.List;
import java.util.Optional;

/**
 * What the enterprise carbon-emission accounting report (企业碳排放核算报告, after GB/T 32150-2015
 * and the sector part of GB/T 32151) needs beyond the emissions of 一（五）: the reporting entity's
 * facts not in 企业基本情况, the boundary, each source's data origin, the sector standard's items
 * the project holds no field for, and the data-quality management. Text fields are never null
 * (empty when not filled).
 *
 * @param entityNature        单位性质 (e.g. 有限责任公司)
 * @param legalRepresentative 法定代表人
 * @param reportResponsible   填报负责人
 * @param contact             联系人 and how to reach them
 * @param boundary            核算边界: the sites, the production systems (主要, 辅助, 附属) and what is outside
 * @param dataQuality         数据质量管理: who is responsible, metering and its calibration, records, internal review
 * @param remarks             其他需要说明的情况
 * @param origins             each emission source's data origin, by the source's name as 一（五） shows it
 * @param sectorStatements    the engineer's statement for a sector-standard item the project holds no data for
 *                            (e.g. 窑头粉尘: not metered, included in the clinker output)
 */
public record CarbonReportInfo(String entityNature, String legalRepresentative, String reportResponsible, String contact,
                               String boundary, String dataQuality, String remarks, List<SourceOrigin> origins,
                               List<SectorStatement> sectorStatements) {

    public CarbonReportInfo {
        entityNature = text(entityNature);
        legalRepresentative = text(legalRepresentative);
        reportResponsible = text(reportResponsible);
        contact = text(contact);
        boundary = text(boundary);
        dataQuality = text(dataQuality);
        remarks = text(remarks);
        origins = origins == null ? List.of() : List.copyOf(origins);
        sectorStatements = sectorStatements == null ? List.of() : List.copyOf(sectorStatements);
    }

    public static CarbonReportInfo empty() {
        return new CarbonReportInfo(null, null, null, null, null, null, null, null, null);
    }

    /**
     * The data origin of one source.
     *
     * @param source the source's name as 一（五） shows it (e.g. 烟煤燃烧, 外购电力)
     * @param origin 计量 / 结算 / 估算 (null: not stated)
     * @param note   what the datum rests on (meter, invoice, ledger)
     */
    public record SourceOrigin(String source, DataOrigin origin, String note) {
        public SourceOrigin {
            source = CarbonReportInfo.text(source);
            note = CarbonReportInfo.text(note);
        }
    }

    /**
     * The engineer's statement for one item of the sector standard.
     *
     * @param item the item's key ({@code SectorRequirement#key})
     * @param text what the engineer states (the datum, where it is, or why it does not apply)
     */
    public record SectorStatement(String item, String text) {
        public SectorStatement {
            item = CarbonReportInfo.text(item);
            text = CarbonReportInfo.text(text);
        }
    }

    public Optional<SourceOrigin> origin(String source) {
        return origins.stream().filter(o -> o.source().equals(source)).findFirst();
    }

    public String statement(String item) {
        return sectorStatements.stream().filter(s -> s.item().equals(item)).map(SectorStatement::text)
                .filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    public CarbonReportInfo withEntity(String nature, String legal, String responsible, String contactText) {
        return new CarbonReportInfo(nature, legal, responsible, contactText, boundary, dataQuality, remarks, origins, sectorStatements);
    }

    public CarbonReportInfo withTexts(String boundaryText, String quality, String remarksText) {
        return new CarbonReportInfo(entityNature, legalRepresentative, reportResponsible, contact, boundaryText, quality, remarksText,
                origins, sectorStatements);
    }

    public CarbonReportInfo withOrigins(List<SourceOrigin> v) {
        return new CarbonReportInfo(entityNature, legalRepresentative, reportResponsible, contact, boundary, dataQuality, remarks, v,
                sectorStatements);
    }

    public CarbonReportInfo withSectorStatements(List<SectorStatement> v) {
        return new CarbonReportInfo(entityNature, legalRepresentative, reportResponsible, contact, boundary, dataQuality, remarks,
                origins, v);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
