package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.app.text.Texts;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.catalogue.EquipmentModel;
import org.energydiag.core.catalogue.Technology;

/**
 * {@code catalogue [--json]}: the bundled 节能降碳技术装备推荐目录 by part, section and equipment
 * class with counts; {@code catalogue --search TEXT [--json]}: the technologies and equipment models
 * matching every word of TEXT, name matches first.
 */
final class CatalogueCommand implements Command {

    @Override
    public String name() {
        return "catalogue";
    }

    @Override
    public String usage() {
        return Texts.get("cli.catalogue.syntax") + "  " + Texts.get("cli.catalogue.summary");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String query = Command.option(args, "--search");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--search")) {
                i++;
            } else if (!a.equals("--json")) {
                throw new CliException(Texts.format("cli.catalogue.unknownArgument", a, Texts.get("cli.catalogue.syntax")));
            }
        }
        if (query != null && query.isBlank()) {
            throw new CliException(Texts.format("cli.catalogue.blankQuery", Texts.get("cli.catalogue.syntax")));
        }
        boolean json = args.contains("--json");
        Catalogue c = Catalogue.loadBundled();
        if (query == null) {
            if (json) {
                out.println(write(summary(c)));
            } else {
                summaryText(c, out);
            }
            return 0;
        }
        List<Technology> techs = c.searchTechnologies(query, null, null);
        List<EquipmentModel> equipment = c.searchEquipment(query, null);
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("edition", c.edition());
            root.put("title", c.title());
            root.put("query", query);
            root.put("technologies", techs);
            root.put("equipment", equipment);
            out.println(write(root));
        } else {
            techs.forEach(t -> out.println(Texts.format("cli.catalogue.technology", t.section(), t.number(), t.name())));
            equipment.forEach(e -> out.println(Texts.format("cli.catalogue.equipment", e.equipmentClass(), e.number(), e.product(),
                    e.model())));
            out.println(techs.isEmpty() && equipment.isEmpty()
                    ? Texts.format("cli.catalogue.notFound", query)
                    : Texts.format("cli.catalogue.found", techs.size(), equipment.size(), c.title()));
        }
        return 0;
    }

    private static Map<String, Object> summary(Catalogue c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("edition", c.edition());
        root.put("title", c.title());
        List<Map<String, Object>> parts = c.parts().stream().map(p -> {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("name", p);
            part.put("sections", c.sections().stream().filter(x -> x.part().equals(p))
                    .map(x -> count(x.name(), x.count())).toList());
            return part;
        }).filter(p -> !((List<?>) p.get("sections")).isEmpty()).toList();
        root.put("parts", parts);
        root.put("equipmentClasses", c.equipmentClasses().stream().map(x -> count(x.name(), x.count())).toList());
        root.put("technologies", c.technologies().size());
        root.put("equipment", c.equipment().size());
        return root;
    }

    private static Map<String, Object> count(String name, int count) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("count", count);
        return m;
    }

    private static void summaryText(Catalogue c, PrintStream out) {
        out.println(c.title());
        out.println(Texts.format("cli.catalogue.source", c.source()));
        for (String p : c.parts()) {
            out.println(p);
            c.sections().stream().filter(x -> x.part().equals(p))
                    .forEach(x -> out.println("  " + Texts.format("cli.catalogue.sectionCount", x.name(), x.count())));
            c.equipmentClasses().stream().filter(x -> x.part().equals(p))
                    .forEach(x -> out.println("  " + Texts.format("cli.catalogue.classCount", x.name(), x.count())));
        }
        out.println(Texts.format("cli.catalogue.total", c.technologies().size(), c.equipment().size()));
    }

    private static String write(Object value) {
        try {
            return BalanceCommand.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
