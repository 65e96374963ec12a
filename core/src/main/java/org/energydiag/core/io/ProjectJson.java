package org.energydiag.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.stream.Collectors;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.text.Texts;

/**
 * The JSON form of a {@link DiagnosisProject}, shared by the {@code .edproj} file and the
 * database document so both round-trip the same model. {@link #MODEL_VERSION} is raised whenever
 * the JSON shape changes; {@link #MIGRATIONS} lift older documents step by step.
 */
public final class ProjectJson {

    /** Version of the project JSON shape written by this release. */
    public static final int MODEL_VERSION = 8;

    /**
     * Upgrades of older JSON shapes: element {@code i} lifts a document of version {@code i + 1}
     * to version {@code i + 2}.
     */
    static final List<JsonMigration> MIGRATIONS = List.of(
            // 1 → 2: energy consumption and carbon emissions were added; a version-1 project has none.
            project -> {
                if (!project.has("energy")) {
                    project.putObject("energy").put("baseYear", org.energydiag.core.energy.EnergyData.DEFAULT_BASE_YEAR);
                }
                if (!project.has("carbon")) {
                    project.putObject("carbon");
                }
            },
            // 2 → 3: the equipment inventory was added; a version-2 project has none.
            project -> {
                if (!project.has("equipment")) {
                    project.putObject("equipment").putArray("items");
                }
            },
            // 3 → 4: the management checklist, findings, tasks, targets, key projects and safeguards
            // (chapters 一（四）, 二, 三) were added; a version-3 project has none of them.
            project -> {
                if (!project.has("plan")) {
                    project.putObject("plan").put("lifeYears", org.energydiag.core.retrofit.RetrofitPlan.DEFAULT_LIFE_YEARS)
                            .put("discountRate", org.energydiag.core.retrofit.RetrofitPlan.DEFAULT_DISCOUNT_RATE);
                }
            },
            // 4 → 5: the answers of 企业满意度调查表 (附件3) were added; a version-4 project has none.
            project -> {
                if (!project.has("satisfaction")) {
                    project.putObject("satisfaction");
                }
            },
            // 5 → 6: the production process flow and the site evidence (photos, documents) were
            // added; a version-5 project has none.
            project -> {
                if (!project.has("site")) {
                    project.putObject("site");
                }
            },
            // 6 → 7: air compressors gained the field COMPRESSOR_TYPE (结构型式) and the lubrication
            // choice 有油; a version-6 document has neither and reads unchanged. The version is raised
            // so that an older release refuses a newer file as newer instead of as unreadable.
            project -> {
            },
            // 7 → 8: the electricity tariff of the meter data's time-of-use analysis (price class,
            // 平段电价, kWh to move from 高峰 to 低谷) was added under energy.tariff; a version-7
            // document has none (no price class chosen, no flat price) and reads unchanged.
            project -> {
            });

    /** One step of upgrading a project document in place. */
    @FunctionalInterface
    public interface JsonMigration {
        void apply(ObjectNode project);
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // keep "34.0" as 34.0 through the tree model (the default node factory strips zeros)
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private ProjectJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(DiagnosisProject project) {
        try {
            return MAPPER.writeValueAsString(project);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise project " + project.id(), e);
        }
    }

    public static JsonNode toTree(DiagnosisProject project) {
        return MAPPER.valueToTree(project);
    }

    /** Reads a project document of the given model version, upgrading it if older. */
    public static DiagnosisProject fromJson(String json, int version) throws ProjectFileException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(describeSyntax(e), e);
        }
        return fromTree(node, version, "");
    }

    /**
     * Binds a project node, upgrading it from {@code version} first.
     *
     * @param pathPrefix prefix for field paths in messages, e.g. {@code project.}
     */
    public static DiagnosisProject fromTree(JsonNode node, int version, String pathPrefix)
            throws ProjectFileException {
        if (node == null || !node.isObject()) {
            throw new ProjectFileException(Texts.format("io.noProject", pathPrefix));
        }
        if (version > MODEL_VERSION) {
            throw new ProjectFileException(Texts.format("io.versionTooNew", version, MODEL_VERSION));
        }
        if (version < 1) {
            throw new ProjectFileException(Texts.format("io.versionInvalid", version));
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        for (int v = version; v < MODEL_VERSION; v++) {
            MIGRATIONS.get(v - 1).apply(copy);
        }
        try {
            return MAPPER.treeToValue(copy, DiagnosisProject.class);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(describeBinding(e, pathPrefix), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProjectFileException(Texts.format("io.incomplete", e.getMessage()), e);
        }
    }

    static String describeSyntax(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null ? "" : Texts.format("io.syntaxPosition", loc.getLineNr(), loc.getColumnNr());
        String what = e instanceof JsonParseException ? Texts.get("io.syntaxError") : Texts.get("io.unreadable");
        return Texts.format("io.damaged", what, where.isEmpty() ? "" : Texts.format("io.syntaxWhere", where));
    }

    static String describeBinding(JsonProcessingException e, String prefix) {
        if (e instanceof JsonParseException) {
            return describeSyntax(e);
        }
        String path = "";
        if (e instanceof JsonMappingException jme) {
            path = prefix + jme.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        if (e instanceof InvalidFormatException ife) {
            return Texts.format("io.fieldFormat", path, String.valueOf(ife.getValue()), typeName(ife.getTargetType()));
        }
        if (e instanceof MismatchedInputException mie) {
            return Texts.format("io.fieldType", path, typeName(mie.getTargetType()));
        }
        return Texts.format("io.fieldUnreadable", path, e.getOriginalMessage());
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return Texts.get("io.typeOther");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return Texts.get("io.typeNumber");
        }
        if (type.isEnum()) {
            StringBuilder sb = new StringBuilder(Texts.get("io.typeOneOf"));
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                sb.append(i == 0 ? "" : "、").append(constants[i]);
            }
            return sb.toString();
        }
        if (type == String.class) {
            return Texts.get("io.typeText");
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return Texts.get("io.typeDateTime");
        }
        return type.getSimpleName();
    }
}
