package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Word and WPS are not available on the build machine, so the plan is checked for the structural
 * faults that make Word show "unreadable content … repair?" (each one seen in the wild with
 * generated documents): a table cell without a paragraph or not ending in one, a table without
 * rows or grid, duplicate drawing ids ({@code wp:docPr/@id}), a relationship id that points
 * nowhere, a numbering id not defined, a part without a content type, XML that is not well formed.
 * LibreOffice's own conversion is tested in {@link PlanDocxWriterTest}.
 */
class WordOpenabilityTest {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";

    static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static byte[] planWithFigures() throws IOException {
        DiagnosisProject p = PlanDocxWriterTest.decidedDemo();
        byte[] img = png(40, 25);
        Map<String, PlanDocxWriter.Figure> figures = new HashMap<>();
        for (String key : List.of(PlanDocxWriter.FIG_STRUCTURE, PlanDocxWriter.FIG_TREND, PlanDocxWriter.FIG_SANKEY,
                PlanDocxWriter.FIG_EMISSIONS, PlanDocxWriter.FIG_PROCESS)) {
            figures.put(key, new PlanDocxWriter.Figure(img, 2400, 1500, key));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanDocxWriter(PlanDocxWriterTest.evaluate(p), figures).write(null, out);
        return out.toByteArray();
    }

    static Map<String, Document> xmlParts(byte[] docx) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Map<String, Document> parts = new HashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                byte[] b = z.readAllBytes();
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    parts.put(e.getName(), f.newDocumentBuilder().parse(new ByteArrayInputStream(b))); // throws if not well formed
                } else {
                    parts.put(e.getName(), null);
                }
            }
        }
        return parts;
    }

    static List<Element> all(Node n, String ns, String local) {
        NodeList l = n instanceof Document d ? d.getElementsByTagNameNS(ns, local) : ((Element) n).getElementsByTagNameNS(ns, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    @Test
    void planHasNoneOfTheFaultsThatMakeWordAskForARepair() throws Exception {
        Map<String, Document> parts = xmlParts(planWithFigures());
        Document doc = parts.get("word/document.xml");
        assertThat(doc).isNotNull();

        // every table: a grid and at least one row; every cell: ends with a paragraph
        List<Element> tables = all(doc, W, "tbl");
        assertThat(tables).as("the plan has tables").hasSizeGreaterThan(5);
        for (Element t : tables) {
            assertThat(all(t, W, "tblGrid")).as("table has w:tblGrid").isNotEmpty();
            assertThat(all(t, W, "tr")).as("table has rows").isNotEmpty();
        }
        for (Element tc : all(doc, W, "tc")) {
            Node last = tc.getLastChild();
            while (last != null && last.getNodeType() != Node.ELEMENT_NODE) {
                last = last.getPreviousSibling();
            }
            assertThat(last).as("a table cell ends with a paragraph").isNotNull();
            assertThat(last.getLocalName()).as("a table cell ends with a paragraph").isEqualTo("p");
        }

        // drawing ids unique across the document (Word repairs duplicates)
        List<Element> docPr = all(doc, WP, "docPr");
        assertThat(docPr).as("the figures are placed").hasSizeGreaterThanOrEqualTo(4);
        Set<String> ids = new HashSet<>();
        for (Element e : docPr) {
            assertThat(ids.add(e.getAttribute("id"))).as("wp:docPr id %s unique", e.getAttribute("id")).isTrue();
        }

        // every relationship id used in the document exists in its .rels and its target exists
        Document rels = parts.get("word/_rels/document.xml.rels");
        Map<String, String> targets = new HashMap<>();
        for (Element rel : all(rels, PKG_REL, "Relationship")) {
            targets.put(rel.getAttribute("Id"), rel.getAttribute("Target"));
            if (!"External".equals(rel.getAttribute("TargetMode"))) {
                assertThat(parts).as("target of %s", rel.getAttribute("Id")).containsKey("word/" + rel.getAttribute("Target"));
            }
        }
        NodeList everything = doc.getElementsByTagName("*");
        for (int i = 0; i < everything.getLength(); i++) {
            Element e = (Element) everything.item(i);
            for (String attr : List.of("id", "embed", "link")) {
                String v = e.getAttributeNS(R, attr);
                if (!v.isEmpty()) {
                    assertThat(targets).as("relationship %s used by %s", v, e.getTagName()).containsKey(v);
                }
            }
        }

        // numbering ids used are defined
        Set<String> numIds = new HashSet<>();
        if (parts.get("word/numbering.xml") != null) {
            for (Element n : all(parts.get("word/numbering.xml"), W, "num")) {
                numIds.add(n.getAttributeNS(W, "numId"));
            }
        }
        for (Element n : all(doc, W, "numId")) {
            String v = n.getAttributeNS(W, "val");
            if (!"0".equals(v)) {
                assertThat(numIds).as("w:numId %s defined in numbering.xml", v).contains(v);
            }
        }

        // every part has a content type (by override or by extension)
        Document types = parts.get("[Content_Types].xml");
        Set<String> overrides = new HashSet<>();
        for (Element o : all(types, CT, "Override")) {
            overrides.add(o.getAttribute("PartName").substring(1));
        }
        Set<String> extensions = new HashSet<>();
        for (Element d : all(types, CT, "Default")) {
            extensions.add(d.getAttribute("Extension").toLowerCase());
        }
        for (String name : parts.keySet()) {
            if (name.endsWith("/") || name.equals("[Content_Types].xml")) {
                continue;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
            assertThat(overrides.contains(name) || extensions.contains(ext)).as("content type of %s", name).isTrue();
        }

        // bookmarks: ids unique (the table of contents and captions use them)
        Set<String> bookmarks = new HashSet<>();
        for (Element b : all(doc, W, "bookmarkStart")) {
            assertThat(bookmarks.add(b.getAttributeNS(W, "id"))).as("bookmark id %s unique", b.getAttributeNS(W, "id")).isTrue();
        }
    }
}
