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
