package org.energydiag.core.report;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/**
 * What every exported .docx says about itself: its title, who made it (the agency), when (now, not
 * the template's date), and that it is a current Word document (compatibilityMode 15), so that
 * Word does not open it in 兼容模式 nor show "Apache POI" as its author.
 */
public final class DocxMeta {

    private DocxMeta() {
    }

    public static void apply(XWPFDocument doc, String title, String author, Instant now) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(author == null || author.isBlank() ? "EnergyDiag" : author);
        core.setLastModifiedByUser(author == null || author.isBlank() ? "EnergyDiag" : author);
        core.setCreated(Optional.of(Date.from(now)));
        core.setModified(Optional.of(Date.from(now)));
        var app = doc.getProperties().getExtendedProperties();
        if (app != null && app.getUnderlyingProperties() != null) {
            app.getUnderlyingProperties().setApplication("EnergyDiag");
        }
        compatibilityMode15(doc);
        orderRunProperties(doc);
    }

    /** The children of w:rPr in the order of the schema (CT_RPr); Word may ignore properties out of order. */
    static final java.util.List<String> RPR_ORDER = java.util.List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps",
            "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color",
            "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl",
            "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath");

    /** Puts every run's properties (body, tables, headers, footers) in the schema's order. */
    static void orderRunProperties(XWPFDocument doc) {
        java.util.List<org.apache.poi.xwpf.usermodel.XWPFParagraph> paragraphs = new java.util.ArrayList<>(doc.getParagraphs());
        java.util.Deque<org.apache.poi.xwpf.usermodel.XWPFTable> tables = new java.util.ArrayDeque<>(doc.getTables());
        doc.getHeaderList().forEach(h -> {
            paragraphs.addAll(h.getParagraphs());
            tables.addAll(h.getTables());
        });
        doc.getFooterList().forEach(f -> {
            paragraphs.addAll(f.getParagraphs());
            tables.addAll(f.getTables());
        });
        while (!tables.isEmpty()) {
            for (var row : tables.pop().getRows()) {
                for (var cell : row.getTableCells()) {
                    paragraphs.addAll(cell.getParagraphs());
                    tables.addAll(cell.getTables());
                }
            }
        }
        for (var p : paragraphs) {
            for (var r : p.getRuns()) {
                if (r.getCTR().isSetRPr()) {
                    order(r.getCTR().getRPr().getDomNode());
                }
            }
        }
    }

    private static void order(org.w3c.dom.Node rPr) {
        java.util.List<org.w3c.dom.Element> children = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = rPr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e) {
                children.add(e);
            }
        }
        java.util.List<org.w3c.dom.Element> sorted = new java.util.ArrayList<>(children);
        sorted.sort(java.util.Comparator.comparingInt(e -> {
            int k = RPR_ORDER.indexOf(e.getLocalName());
            return k < 0 ? RPR_ORDER.size() : k;
        }));
        if (!sorted.equals(children)) {
            sorted.forEach(rPr::appendChild); // appending moves each node to the end, in order
        }
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * w:compat/w:compatSetting compatibilityMode = 15 (Word 2013 and later), written through the
     * DOM of the settings part (the schema classes for w:compat are not in POI's lite schemas).
     */
    static void compatibilityMode15(XWPFDocument doc) {
        CTSettings s = settings(doc);
        if (s == null) {
            return;
        }
        // the settings type's DOM is the content of w:settings (a fragment): w:compat goes into it
        org.w3c.dom.Node settings = s.getDomNode();
        org.w3c.dom.Document dom = settings instanceof org.w3c.dom.Document d ? d : settings.getOwnerDocument();
        org.w3c.dom.Element compat = null;
        for (org.w3c.dom.Node n = settings.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && W.equals(e.getNamespaceURI()) && "compat".equals(e.getLocalName())) {
                compat = e;
            }
        }
        if (compat == null) {
            compat = dom.createElementNS(W, "w:compat");
            settings.appendChild(compat);
        }
        for (org.w3c.dom.Node n = compat.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && "compatSetting".equals(e.getLocalName())
                    && "compatibilityMode".equals(e.getAttributeNS(W, "name"))) {
                e.setAttributeNS(W, "w:val", "15");
                return;
            }
        }
        org.w3c.dom.Element c = dom.createElementNS(W, "w:compatSetting");
        c.setAttributeNS(W, "w:name", "compatibilityMode");
        c.setAttributeNS(W, "w:uri", "http://schemas.microsoft.com/office/word");
        c.setAttributeNS(W, "w:val", "15");
        compat.appendChild(c);
    }

    private static CTSettings settings(XWPFDocument doc) {
        return doc.getSettings() == null ? null : doc.getSettings().getCTSettings();
    }
}
