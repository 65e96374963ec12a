package org.energydiag.core.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.energydiag.core.text.Texts;

/**
 * The production process flow (主要生产工艺流程): the units in the order the engineer gave them.
 * The downstream links live in each unit's {@link ProcessUnit#next()}.
 *
 * <p>Immutable: every modifier returns a new flow. Null elements of {@code units} are dropped.
 */
public record ProcessFlow(List<ProcessUnit> units) {

    private static final ProcessFlow EMPTY = new ProcessFlow(List.of());

    public ProcessFlow {
        if (units == null) {
            units = List.of();
        } else {
            units = units.stream().filter(Objects::nonNull).toList();
        }
    }

    /** A flow without units. */
    public static ProcessFlow empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }

    /** The (first) unit with this id. */
    public Optional<ProcessUnit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** Replaces the unit with the same id (keeping its position), or appends {@code u}. */
    public ProcessFlow with(ProcessUnit u) {
        Objects.requireNonNull(u, "u");
        var list = new ArrayList<>(units);
        int i = indexOf(u.id());
        if (i < 0) {
            list.add(u);
        } else {
            list.set(i, u);
        }
        return new ProcessFlow(list);
    }

    /** Removes the unit and drops its id from every other unit's {@code next}. */
    public ProcessFlow without(String id) {
        var list = new ArrayList<ProcessUnit>(units.size());
        for (ProcessUnit u : units) {
            if (u.id().equals(id)) {
                continue;
            }
            if (u.next().contains(id)) {
                u = u.withNext(u.next().stream().filter(n -> !n.equals(id)).toList());
            }
            list.add(u);
        }
        return new ProcessFlow(list);
    }

    /**
     * Moves the unit by {@code delta} positions in the list (negative = towards the start),
     * clamped to the list bounds; an unknown id leaves the flow unchanged.
     */
    public ProcessFlow moved(String id, int delta) {
        int i = indexOf(id);
        if (i < 0 || delta == 0) {
            return this;
        }
        long target = Math.max(0, Math.min(units.size() - 1L, (long) i + delta));
        var list = new ArrayList<>(units);
        ProcessUnit u = list.remove(i);
        list.add((int) target, u);
        return new ProcessFlow(list);
    }

    /**
     * What the engineer must fix, in Chinese, each message naming the unit: an empty name, a
     * duplicate name, a duplicate id, a downstream link to an unknown unit or to the unit itself.
     * A cycle is not a problem (recycle loops such as 回料 exist): see {@link #hasCycle()}.
     */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        Map<String, Integer> firstById = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            ProcessUnit u = units.get(i);
            if (u.name().isBlank()) {
                problems.add(Texts.format("process.noName", i + 1));
            } else {
                byName.computeIfAbsent(u.name().strip(), k -> new ArrayList<>()).add(i + 1);
            }
            Integer first = firstById.putIfAbsent(u.id(), i);
            if (first != null) {
                problems.add(Texts.format("process.duplicateId", label(i), label(first), u.id()));
            }
        }
        byName.forEach((name, positions) -> {
            if (positions.size() > 1) {
                problems.add(Texts.format("process.duplicateName", name,
                        String.join("、", positions.stream().map(String::valueOf).toList())));
            }
        });
        for (int i = 0; i < units.size(); i++) {
            ProcessUnit u = units.get(i);
            for (String n : u.next()) {
                if (n.equals(u.id())) {
                    problems.add(Texts.format("process.nextItself", label(i)));
                } else if (!firstById.containsKey(n)) {
                    problems.add(Texts.format("process.nextUnknown", label(i), n));
                }
            }
        }
        return List.copyOf(problems);
    }

    /**
     * Whether the links form a cycle (e.g. a 回料 recycle loop). Links to unknown units and
     * links of a unit to itself are ignored here (they are {@link #problems()}).
     */
    public boolean hasCycle() {
        int[][] adj = adjacency();
        int n = adj.length;
        byte[] state = new byte[n]; // 0 new, 1 on stack, 2 done
        int[] stack = new int[n];
        int[] edge = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            edge[0] = 0;
            state[root] = 1;
            while (top >= 0) {
                int v = stack[top];
                if (edge[top] < adj[v].length) {
                    int w = adj[v][edge[top]++];
                    if (state[w] == 1) {
                        return true;
                    }
                    if (state[w] == 0) {
                        state[w] = 1;
                        stack[++top] = w;
                        edge[top] = 0;
                    }
                } else {
                    state[v] = 2;
                    top--;
                }
            }
        }
        return false;
    }

    /** The units no other unit points to, in list order. */
    public List<ProcessUnit> sources() {
        Set<String> targets = new HashSet<>();
        for (ProcessUnit u : units) {
            for (String n : u.next()) {
                if (!n.equals(u.id())) {
                    targets.add(n);
                }
            }
        }
        return units.stream().filter(u -> !targets.contains(u.id())).toList();
    }

    /** Out-neighbour indices per unit (first unit of each id only), without self links and unknown ids. */
    private int[][] adjacency() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            index.putIfAbsent(units.get(i).id(), i);
        }
        int[][] adj = new int[units.size()][];
        for (int i = 0; i < units.size(); i++) {
            ProcessUnit u = units.get(i);
            adj[i] = u.next().stream().filter(n -> !n.equals(u.id())).map(index::get).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).toArray();
        }
        return adj;
    }

    private int indexOf(String id) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private String label(int i) {
        String name = units.get(i).name();
        return name.isBlank() ? Texts.format("process.unnamedUnit", i + 1) : "“" + name.strip() + "”";
    }
}
