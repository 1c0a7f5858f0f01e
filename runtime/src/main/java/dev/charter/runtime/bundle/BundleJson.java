package dev.charter.runtime.bundle;

import static dev.charter.runtime.bundle.IrJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Program;
import java.util.Map;
import java.util.TreeMap;

/** The JSON form of {@link BundleContent} and {@link AnalysisSummary}; the program is {@link ProgramJson}'s. */
final class BundleJson {

    static final String ALGORITHM = "ed25519";

    private BundleJson() {}

    static ObjectNode encodeContent(BundleContent content) {
        ObjectNode sources = JSON.objectNode();
        content.sourceDigests().forEach(sources::put);
        ObjectNode node = JSON.objectNode().put("compiler", content.compilerVersion());
        node.set("sources", sources);
        node.set(
                "analysis",
                content.analysis().<JsonNode>map(BundleJson::analysis).orElse(JSON.nullNode()));
        node.set("program", ProgramEncoder.encode(content.program()));
        return node;
    }

    private static ObjectNode analysis(AnalysisSummary summary) {
        ObjectNode counts = JSON.objectNode();
        summary.counts().forEach(counts::put);
        ObjectNode node = JSON.objectNode().put("report_digest", summary.reportDigest());
        node.set("counts", counts);
        node.put("errors_overridden", summary.errorsOverridden());
        return node;
    }

    /**
     * Reads content whose digest and signature have been checked.
     *
     * @throws MalformedJsonException when it does not have the documented shape
     * @throws dev.charter.runtime.ir.InvalidProgramException when its program is invalid
     */
    static BundleContent decodeContent(JsonNode node) {
        StrictObject o = StrictObject.of(node, "$.content");
        BundleContent.Builder builder = BundleContent.builder(program(o)).compilerVersion(o.string("compiler"));
        StrictObject sources = o.object("sources");
        for (Map.Entry<String, String> source : strings(sources).entrySet()) {
            try {
                builder.sourceDigest(source.getKey(), source.getValue());
            } catch (IllegalArgumentException e) {
                throw new MalformedJsonException(sources.at(source.getKey()), e.getMessage());
            }
        }
        if (!o.node("analysis").isNull()) {
            builder.analysis(StrictObject.read(o.node("analysis"), o.at("analysis"), BundleJson::analysis));
        }
        o.done();
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException(o.path(), e.getMessage());
        }
    }

    private static Program program(StrictObject content) {
        return ProgramDecoder.decode(content.node("program"), content.at("program"));
    }

    private static AnalysisSummary analysis(StrictObject o) {
        StrictObject countsJson = o.object("counts");
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (String kind : countsJson.memberNames()) {
            counts.put(kind, countsJson.integer(kind));
        }
        try {
            return new AnalysisSummary(o.string("report_digest"), counts, o.bool("errors_overridden"));
        } catch (MalformedJsonException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException(o.path(), e.getMessage());
        }
    }

    /** Every member of an object whose values are all strings, by name. */
    private static Map<String, String> strings(StrictObject o) {
        Map<String, String> strings = new TreeMap<>();
        for (String name : o.memberNames()) {
            strings.put(name, o.string(name));
        }
        return strings;
    }
}
