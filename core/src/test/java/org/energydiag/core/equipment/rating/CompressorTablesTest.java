package org.energydiag.core.equipment.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * GB 19153-2019 in the bundled pack against every value found in 2026-12: the rows of
 * {@code gb19153-2019-found-2026-12.csv} (standard, table, row, grade, cooling, pressure, value and
 * the section of shared/reference/found-2026-12.md), transcribed from that report's markdown tables,
 * not from the JSON the pack was built from.
 */
class CompressorTablesTest {

    private static final GradeTables.Compressor COMPRESSOR = GradeTables.loadBundled().compressor();

    static Stream<Arguments> foundValues() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = CompressorTablesTest.class.getResourceAsStream("gb19153-2019-found-2026-12.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("table,")) {
                    continue;
                }
                String[] f = line.split(",");
                out.add(Arguments.of(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], f[5], f[6]));
            }
        }
        return out.stream();
    }

    static GradeTables.CompressorTable table(String name) {
        return COMPRESSOR.tables().stream().filter(t -> t.source().table().equals(name)).findFirst().orElseThrow();
    }

    static GradeTables.Cell cell(String table, String kw, int grade, String cooling, String mpa) {
        Map<Integer, Map<String, Map<BigDecimal, GradeTables.Cell>>> row = table(table).rows().entrySet().stream()
                .filter(e -> e.getKey().compareTo(new BigDecimal(kw)) == 0).map(Map.Entry::getValue).findFirst().orElse(null);
        if (row == null || row.get(grade) == null || row.get(grade).get(cooling) == null) {
            return null;
        }
        return row.get(grade).get(cooling).entrySet().stream().filter(e -> e.getKey().compareTo(new BigDecimal(mpa)) == 0)
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    @ParameterizedTest(name = "GB 19153-2019 {0} {1} kW {2}级 {3} {4} MPa = {5} ({6})")
    @MethodSource("foundValues")
    void everyFoundValueIsInThePack(String table, String kw, int grade, String cooling, String mpa, String value, String section) {
        GradeTables.Cell c = cell(table, kw, grade, cooling, mpa);
        switch (value) {
            case "—" -> assertThat(c).isNotNull().matches(GradeTables.Cell::notApplicable, "— (not applicable)");
            case "NR" -> assertThat(c == null || c.notRead()).as("not read, so not in the pack as a value").isTrue();
            default -> {
                assertThat(c).isNotNull();
                assertThat(c.value()).isEqualByComparingTo(value);
            }
        }
    }

    @Test
    void theFileCoversTheFourTables() throws IOException {
        Map<String, Long> perTable = foundValues().collect(java.util.stream.Collectors.groupingBy(a -> (String) a.get()[0],
                java.util.stream.Collectors.counting()));
        // §3.1: the 表1 rows the pack lacked (76 rows of six pressures, 355–630 kW written once for six powers)
        // · §3.2: 表2 2.2–315 kW, 105 rows · §3.3: 表4 0.55–15 kW, 33 rows · §3.4: 表3 as far as read, 14 rows
        assertThat(perTable).containsOnlyKeys("表1", "表2", "表3", "表4");
        assertThat(perTable.get("表1")).isEqualTo(76L * 6);
        assertThat(perTable.get("表3")).isEqualTo(14L * 8);
        assertThat(perTable.get("表2")).isEqualTo(105L * 6);
        assertThat(perTable.get("表4")).isEqualTo(33L * 7);
    }

    @Test
    void tablesDescribeWhichCompressorsTheyCover() {
        assertThat(COMPRESSOR.tables()).extracting(t -> t.source().table()).containsExactly("表1", "表2", "表3", "表4");
        assertThat(table("表1").covers("回转式", false, false)).isTrue();
        assertThat(table("表2").covers("回转式", false, true)).isTrue();
        assertThat(table("表3").covers("活塞式", false, false)).isTrue();
        assertThat(table("表4").covers("活塞式", true, false)).isTrue();
        assertThat(COMPRESSOR.tables()).allMatch(t -> t.source().standard().equals("GB 19153-2019")
                && t.source().edition().equals("2019") && !t.source().trust().isEmpty());
        // 表1 has every power step 1.5–630 kW; no cell of it is left unread
        assertThat(table("表1").rows().keySet()).extracting(BigDecimal::stripTrailingZeros).extracting(BigDecimal::toPlainString)
                .containsExactly("1.5", "2.2", "3", "4", "5.5", "7.5", "11", "15", "18.5", "22", "30", "37", "45", "55", "75", "90",
                        "110", "132", "160", "200", "250", "315", "355", "400", "450", "500", "560", "630");
        assertThat(table("表1").rows().values()).allSatisfy(g -> g.values().forEach(c -> c.values().forEach(cells ->
                assertThat(cells.values()).noneMatch(GradeTables.Cell::notRead))));
        // 表1 and 表2 have no liquid-cooled values up to 15 kW ('—' in the standard, found-2026-12 §3.1/§3.2)
        assertThat(cell("表1", "15", 1, "liquid", "0.8").notApplicable()).isTrue();
        assertThat(cell("表2", "15", 3, "liquid", "1.25").notApplicable()).isTrue();
        // the values the pack had before (standards.md §4) are unchanged: 表1 37 kW 风冷 0.8 MPa 1级 6.7, 2级 7.3, 3级 8.1
        assertThat(cell("表1", "37", 1, "air", "0.8").value()).isEqualByComparingTo("6.7");
        assertThat(cell("表1", "37", 2, "air", "0.8").value()).isEqualByComparingTo("7.3");
        assertThat(cell("表1", "37", 3, "air", "0.8").value()).isEqualByComparingTo("8.1");
    }
}
