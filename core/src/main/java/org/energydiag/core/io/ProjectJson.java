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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
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
    public static final int MODEL_VERSION = 10;

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
            },
            // 8 → 9: the product carbon-footprint studies (产品碳足迹核算报告) were added under footprint, the
            // carbon accounting report's inputs (reporting entity, boundary, data origin per source,
            // sector-standard statements, data-quality management) under carbon.report, and the follow-up
            // after hand-in (诊断—建议—实施—反馈: implementation records, 回访, savings verifications) under
            // followUp; a version-8 document has none of them (carbon.report all empty) and reads unchanged.
            project -> {
                if (!project.has("footprint")) {
                    project.putObject("footprint").putArray("studies");
                }
                if (!project.has("followUp")) {
                    project.putObject("followUp");
                }
            },
            // 9 → 10: each implementation record of the follow-up gained its agreed completion date
            // (followUp.implementations[].plannedFinish); a version-9 record has none, and reads unchanged:
            // a key project is then due by the end of its 实施时间 in the plan, a task by no date.
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

    /**
     * Binds a project node of a file, upgrading it first; fields the model does not know are
     * skipped and their paths (with {@code pathPrefix}) added to {@code unknown}.
     */
    static DiagnosisProject fromTreeReporting(ObjectNode node, int version, String pathPrefix, List<String> unknown)
            throws ProjectFileException {
        if (version > MODEL_VERSION) {
            throw new ProjectFileException(Texts.format("io.versionTooNew", version, MODEL_VERSION));
        }
        if (version < 1) {
            throw new ProjectFileException(Texts.format("io.versionInvalid", version));
        }
        ObjectNode copy = node.deepCopy();
        for (int v = version; v < MODEL_VERSION; v++) {
            MIGRATIONS.get(v - 1).apply(copy);
        }
        var reader = MAPPER.readerFor(DiagnosisProject.class).withHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                                 Object beanOrClass, String propertyName) throws java.io.IOException {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass != null ? beanOrClass.getClass()
                        : deserializer != null ? deserializer.handledType() : null;
                if (type == null || !writtenProperties(type).contains(propertyName)) {
                    unknown.add(pathPrefix + path(p.getParsingContext(), propertyName));
                }
                p.skipChildren();
                return true;
            }
        });
        try {
            DiagnosisProject project = reader.readValue(copy);
            if (project == null) {
                throw new ProjectFileException(Texts.format("io.noProject", pathPrefix));
            }
            return project;
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(describeBinding(e, pathPrefix), e);
        } catch (java.io.IOException e) {
            throw new ProjectFileException(Texts.format("io.cannotRead", e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new ProjectFileException(Texts.format("io.fieldInvalid", pathPrefix.replaceAll("\\.$", ""), chineseDetail(e)), e);
        }
    }

    private static final java.util.Map<Class<?>, java.util.Set<String>> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The properties this program writes for a type, including derived ones it does not read back
     * (such as {@code empty} from {@code isEmpty()}): in a file they are not unknown.
     */
    private static java.util.Set<String> writtenProperties(Class<?> type) {
        return WRITTEN.computeIfAbsent(type, t -> {
            var config = MAPPER.getSerializationConfig();
            var names = new java.util.HashSet<String>();
            config.introspect(MAPPER.constructType(t)).findProperties().forEach(pd -> {
                if (pd.couldSerialize()) {
                    names.add(pd.getName());
                }
            });
            return java.util.Set.copyOf(names);
        });
    }

    /** The dotted path of a parsing context, ending in {@code last} (the field being read). */
    private static String path(JsonStreamContext ctx, String last) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null && c != ctx) {
                parts.addFirst("." + c.getCurrentName());
            }
        }
        String s = String.join("", parts) + "." + last;
        return s.startsWith(".") ? s.substring(1) : s;
    }

    /** ": " and the message of a check that failed, when it is written for the user (in Chinese); else "". */
    static String chineseDetail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    && !m.contains("Exception") && !m.contains("org.")) {
                return "：" + m;
            }
        }
        return "";
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
        String path = prefix.replaceAll("\\.$", "");
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            path = prefix + jme.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        if (e instanceof InvalidFormatException ife) {
            return Texts.format("io.fieldFormat", path, ProjectFileReader.shown(String.valueOf(ife.getValue())),
                    typeName(ife.getTargetType()));
        }
        if (e instanceof MismatchedInputException mie) {
            return Texts.format("io.fieldType", path, typeName(mie.getTargetType()));
        }
        return Texts.format("io.fieldInvalid", path, chineseDetail(e));
    }

    /** What a field holds, in the user's words; never a Java class name. */
    private static String typeName(Class<?> type) {
        if (type == null) {
            return Texts.get("io.typeOther");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Texts.get("io.typeBoolean");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return Texts.get("io.typeNumber");
        }
        if (type.isEnum()) {
            StringBuilder sb = new StringBuilder(Texts.get("io.typeOneOf"));
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                sb.append(i == 0 ? "" : "、").append(((Enum<?>) constants[i]).name());
            }
            return sb.toString();
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return Texts.get("io.typeText");
        }
        if (type == java.time.LocalDate.class) {
            return Texts.get("io.typeDate");
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return Texts.get("io.typeDateTime");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Texts.get("io.typeList");
        }
        if (type.getSimpleName().endsWith("Id")) { // ids as types (CarrierId) are written as text
            return Texts.get("io.typeText");
        }
        return Texts.get("io.typeObject");
    }
}
