package org.energydiag.core.process;

import java.util.List;
import java.util.Optional;

/**
 * A laid-out process flow diagram, in logical pixels at 100 % (origin top-left, y downwards).
 * Produced by {@link FlowLayout}; all coordinates are ≥ 0 and lie within {@code width × height}.
 *
 * @param width  total width including the margin
 * @param height total height including the margin
 * @param boxes  one box per unit, in the flow's list order
 * @param edges  one edge per link, in list order of the source unit, then of its {@code next}
 */
public record Diagram(double width, double height, List<Box> boxes, List<Edge> edges) {

    public Diagram {
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
        edges = edges == null ? List.of() : List.copyOf(edges);
    }

    /**
     * The rectangle of one unit.
     *
     * @param x     left
     * @param y     top
     * @param layer layer (= logical column, counted over all bands) of the unit
     * @param order position of the unit within its layer, from the top
     */
    public record Box(String unitId, double x, double y, double w, double h, int layer, int order) {
    }

    /** A point of an edge's polyline. */
    public record Point(double x, double y) {
    }

    /**
     * A link drawn as a polyline from the source box's right side to the target box's left side.
     * {@code back} = the edge closes a cycle (drawn dashed).
     */
    public record Edge(String from, String to, List<Point> points, boolean back) {

        public Edge {
            points = points == null ? List.of() : List.copyOf(points);
        }
    }

    /** The box of this unit. */
    public Optional<Box> box(String unitId) {
        return boxes.stream().filter(b -> b.unitId().equals(unitId)).findFirst();
    }
}
