package org.energydiag.core.equipment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.energydiag.core.text.Texts;

/**
 * The inventory as an Excel workbook: one sheet per equipment class, the class's fields as
 * columns (drop-downs for choices). The same layout is the template, the export and the import;
 * an import reports every bad row (sheet, row, column, reason) and takes no bad row at all.
 */
public final class EquipmentExcel {

    /** One bad cell or row of an import. */
    public record Problem(String sheet, int row, String column, String value, String reason) {
        public String display() {
            return Texts.format("equipment.excelProblem", sheet, row,
                    column.isEmpty() ? "" : Texts.format("equipment.excelProblemColumn", column),
                    value.isEmpty() ? "" : "（" + value + "）", reason);
        }
    }

    /** Items read from good rows and the problems of the bad rows (not imported). */
    public record ImportResult(List<EquipmentItem> items, List<Problem> problems, int rowsRead) {
    }

    private EquipmentExcel() {
    }

    public static byte[] template() {
        return write(List.of());
    }

    public static byte[] write(List<EquipmentItem> items) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            for (EquipmentClass c : EquipmentClass.values()) {
                Sheet sh = wb.createSheet(c.label().replace("/", "、"));
                List<EquipmentField> fields = EquipmentField.of(c);
                Row h = sh.createRow(0);
                for (int i = 0; i < fields.size(); i++) {
                    Cell cell = h.createCell(i);
                    cell.setCellValue(fields.get(i).header() + (fields.get(i).required() ? " *" : ""));
                    cell.setCellStyle(head);
                    sh.setColumnWidth(i, Math.max(10, fields.get(i).header().length() * 2 + 4) * 256);
                }
                int r = 1;
                for (EquipmentItem item : items) {
                    if (item.equipmentClass() != c) {
                        continue;
                    }
                    Row row = sh.createRow(r++);
                    for (int i = 0; i < fields.size(); i++) {
                        String v = item.text(fields.get(i));
                        if (v.isEmpty()) {
                            continue;
                        }
                        Cell cell = row.createCell(i);
                        if (fields.get(i).kind() == EquipmentField.Kind.DECIMAL || fields.get(i).kind() == EquipmentField.Kind.INTEGER) {
                            try {
                                cell.setCellValue(new BigDecimal(v).doubleValue());
                                continue;
                            } catch (NumberFormatException e) {
                                // keep as text
                            }
                        }
                        cell.setCellValue(v);
                    }
                }
                DataValidationHelper dv = sh.getDataValidationHelper();
                for (int i = 0; i < fields.size(); i++) {
                    if (fields.get(i).kind() == EquipmentField.Kind.CHOICE) {
                        DataValidation v = dv.createValidation(dv.createExplicitListConstraint(
                                fields.get(i).choices().toArray(new String[0])), new CellRangeAddressList(1, 2000, i, i));
                        v.setShowErrorBox(true);
                        sh.addValidationData(v);
                    }
                }
                sh.createFreezePane(0, 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a workbook in the template's layout. */
    public static ImportResult read(InputStream in) throws IOException {
        List<EquipmentItem> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int rows = 0;
        DataFormatter fmt = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(in)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sh = wb.getSheetAt(s);
                EquipmentClass c = classOf(sh.getSheetName());
                if (c == null) {
                    problems.add(new Problem(sh.getSheetName(), 0, "", "", Texts.get("equipment.excelNotAClassSheet")));
                    continue;
                }
                Row header = sh.getRow(0);
                if (header == null) {
                    continue;
                }
                Map<Integer, EquipmentField> columns = new java.util.HashMap<>();
                for (Cell cell : header) {
                    String h = fmt.formatCellValue(cell).replace(" *", "").trim();
                    EquipmentField.of(c).stream().filter(f -> f.header().equals(h) || f.label().equals(h)).findFirst()
                            .ifPresentOrElse(f -> columns.put(cell.getColumnIndex(), f), () -> {
                                if (!h.isEmpty()) {
                                    problems.add(new Problem(sh.getSheetName(), 1, h, "", Texts.get("equipment.excelUnknownColumn")));
                                }
                            });
                }
                for (int r = 1; r <= sh.getLastRowNum(); r++) {
                    Row row = sh.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    Map<EquipmentField, String> values = new EnumMap<>(EquipmentField.class);
                    for (var e : columns.entrySet()) {
                        Cell cell = row.getCell(e.getKey());
                        String v = cell == null ? "" : fmt.formatCellValue(cell).trim();
                        if (!v.isEmpty()) {
                            values.put(e.getValue(), v);
                        }
                    }
                    if (values.isEmpty()) {
                        continue;
                    }
                    rows++;
                    values.putIfAbsent(EquipmentField.QUANTITY, "1");
                    List<Problem> bad = new ArrayList<>();
                    for (EquipmentField f : EquipmentField.of(c)) {
                        String msg = EquipmentValidator.check(f, values.get(f));
                        if (msg != null) {
                            bad.add(new Problem(sh.getSheetName(), r + 1, f.header(), values.getOrDefault(f, ""), msg));
                        }
                    }
                    if (bad.isEmpty()) {
                        items.add(new EquipmentItem(null, c, values, null));
                    } else {
                        problems.addAll(bad);
                    }
                }
            }
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IOException(Texts.format("equipment.excelInvalidFile", e.getMessage()), e);
        }
        return new ImportResult(items, problems, rows);
    }

    static EquipmentClass classOf(String sheetName) {
        for (EquipmentClass c : EquipmentClass.values()) {
            if (c.label().replace("/", "、").equals(sheetName.trim()) || c.label().equals(sheetName.trim())) {
                return c;
            }
        }
        return null;
    }
}
