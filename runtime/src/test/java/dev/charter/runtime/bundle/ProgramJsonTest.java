package dev.charter.runtime.bundle;

import static dev.charter.runtime.bundle.ProgramAssertions.assertSameProgram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.InvalidProgramException;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Regex;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramJsonTest {

    @Test
    void everySampleProgramReadsBackEqual() {
        for (Program program : SamplePrograms.all()) {
            assertSameProgram(program, ProgramJson.decode(ProgramJson.encode(program)));
        }
    }

    @Test
    void encodingTheSameProgramTwiceGivesTheSameBytes() {
        Program program = SamplePrograms.everyNode();
        assertEquals(
                CanonicalJson.string(ProgramJson.encode(program)), CanonicalJson.string(ProgramJson.encode(program)));
    }

    @Test
    void theSamplesUseEveryKindOfNode() {
        Set<Class<?>> used = NodeCensus.of(SamplePrograms.all());
        for (Class<?> sealed : List.of(Expr.class, Regex.class, Term.class, BodyLiteral.class, Value.class)) {
            for (Class<?> kind : sealed.getPermittedSubclasses()) {
                assertTrue(used.contains(kind), kind.getName() + " is not in the sample programs");
            }
        }
    }

    @Test
    void spansAreKept() {
        JsonNode rule =
                ProgramJson.encode(SamplePrograms.fintech()).get("rules").get(2);
        assertEquals("[\"lending.charter\",47,3,47,40]", rule.get("span").toString());
        assertEquals(
                "[\"lending.charter\",49,3,49,40]",
                rule.get("condition").get("span").toString());
    }

    @Test
    void longsTravelAsStringsBecauseJsonNumbersAreDoubles() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.everyNode());
        assertEquals(
                "9223372036854775807", json.get("rules").get(0).get("priority").textValue());
        assertEquals("-9223372036854775808", json.get("metadata").get("version").textValue());
    }

    @Test
    void anUnknownMemberIsRefusedWithItsPath() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.fintech());
        ((ObjectNode) json.get("rules").get(1).get("condition")).put("comment", "hi");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramJson.decode(json));
        assertEquals("$.rules[1].condition: unexpected member 'comment'", e.getMessage());
    }

    @Test
    void aMissingMemberIsRefusedWithItsPath() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.fintech());
        ((ObjectNode) json.get("schema").get("actions").get(1)).remove("parameters");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramJson.decode(json));
        assertEquals("$.schema.actions[1]: missing member 'parameters'", e.getMessage());
    }

    @Test
    void anUnknownExpressionKindIsRefused() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.fintech());
        ((ObjectNode) json.get("rules").get(0).get("condition")).put("kind", "xor");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramJson.decode(json));
        assertEquals("$.rules[0].condition.kind: unknown expression kind 'xor'", e.getMessage());
    }

    @Test
    void aBadSpanIsRefused() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.fintech());
        ((ArrayNode) json.get("rules").get(0).get("span")).set(1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramJson.decode(json));
        assertEquals("$.rules[0].span: invalid span 0:3-36:40", e.getMessage());
    }

    @Test
    void aWellFormedButInvalidProgramIsRefusedByValidation() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.fintech());
        ((ObjectNode) json.get("rules").get(0)).put("effect", "escalate");
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> ProgramJson.decode(json));
        assertTrue(e.problems().contains("rule balance_ok: a route is given exactly for escalate"), e.getMessage());
    }

    @Test
    void objectParametersTravelFlattenedWithTheirObjects() {
        ObjectNode json = withObjectField();
        ObjectNode object = ((ArrayNode) withObjects(json).get("objects")).addObject();
        object.put("path", "addr").put("optional", true);
        object.set("span", withObjects(json).get("span"));
        Program program = ProgramJson.decode(json);

        ActionDecl action =
                program.schema().action(withObjects(json).get("name").asText()).orElseThrow();
        assertEquals(List.of(new ObjectParameter("addr", true, false, action.span())), action.objects());
        assertTrue(action.parameter("addr.city").isPresent());
        assertEquals(json, ProgramJson.encode(program));
    }

    @Test
    void aFieldOfAnUndeclaredObjectIsRefusedByValidation() {
        ObjectNode json = withObjectField();
        withObjects(json).remove("objects");
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> ProgramJson.decode(json));
        assertTrue(
                e.problems().stream().anyMatch(p -> p.endsWith("declares addr.city in addr, which is not an object")),
                e.getMessage());
    }

    @Test
    void anEmptyObjectListIsLeftOutRatherThanWritten() {
        ObjectNode json = withObjectField();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramJson.decode(json));
        assertTrue(e.getMessage().contains("an empty list is left out"), e.getMessage());
    }

    /** The action of {@link #withObjectField} that has {@code objects}. */
    private static ObjectNode withObjects(ObjectNode json) {
        for (JsonNode action : json.get("schema").get("actions")) {
            if (action.has("objects")) {
                return (ObjectNode) action;
            }
        }
        throw new AssertionError("no action has objects");
    }

    /**
     * The fintech sample with a parameter {@code addr.city} on its first action with parameters,
     * and an empty {@code objects}.
     */
    private static ObjectNode withObjectField() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.fintech());
        ObjectNode action = null;
        for (JsonNode a : json.get("schema").get("actions")) {
            if (action == null && !a.get("parameters").isEmpty()) {
                action = (ObjectNode) a;
            }
        }
        ObjectNode field = ((ArrayNode) action.get("parameters")).get(0).deepCopy();
        field.put("name", "addr.city");
        ((ArrayNode) action.get("parameters")).add(field);
        action.putArray("objects");
        return json;
    }

    @Test
    void nonAsciiTextSurvives() {
        String json =
                new String(CanonicalJson.bytes(ProgramJson.encode(SamplePrograms.everyNode())), StandardCharsets.UTF_8);
        assertTrue(json.contains("[^é]"), json);
        assertTrue(json.contains("\"\\\"q\\\"\\n\""), json);
    }

    @Test
    void aToolsNameTravelsVerbatim() {
        Program program = ProgramJson.decode(withActionNamed("github/Create-Issue:v2"));

        assertEquals("github/Create-Issue:v2", program.schema().actions().get(0).name());
        assertEquals(List.of("github/Create-Issue:v2"), program.rules().get(0).actions());
    }

    @Test
    void anActionNameNoToolCouldHaveIsRefusedByValidation() {
        InvalidProgramException e =
                assertThrows(InvalidProgramException.class, () -> ProgramJson.decode(withActionNamed("write\nrefund")));
        assertTrue(e.problems().contains("an action name cannot contain the character U+000A"), e.getMessage());
    }

    @Test
    void optionalParametersAndOpenActionsTravel() {
        Program program = ProgramJson.decode(ProgramJson.encode(SamplePrograms.everyNode()));

        assertTrue(program.schema()
                .actions()
                .get(0)
                .parameter("note")
                .orElseThrow()
                .optional());
        assertTrue(program.schema().actions().get(1).open());
        assertEquals(false, program.schema().actions().get(0).open());
    }

    @Test
    void aFlagWrittenFalseIsRefused() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.everyNode());
        ((ObjectNode) json.get("schema").get("actions").get(0).get("parameters").get(3)).put("optional", false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramJson.decode(json));
        assertEquals(
                "$.schema.actions[0].parameters[3].optional: expected true (a false flag is left out)", e.getMessage());
    }

    @Test
    void aPresenceTestOfARequiredParameterIsRefusedByValidation() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.everyNode());
        ((ObjectNode) json.get("schema").get("actions").get(0).get("parameters").get(3)).remove("optional");
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> ProgramJson.decode(json));
        assertTrue(
                e.problems()
                        .contains(
                                "rule review_deletes: request.note != null tests a parameter no action declares optional"),
                e.getMessage());
    }

    @Test
    void anUnguardedReadOfAnOptionalParameterIsRefusedByValidation() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.everyNode());
        ((ObjectNode) json.get("schema").get("actions").get(0).get("parameters").get(0)).put("optional", true);
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> ProgramJson.decode(json));
        assertTrue(
                e.problems().contains("rule review_deletes: reads optional request.email without a presence test"),
                e.getMessage());
    }

    @Test
    void historyTermsTravelWithTheirQueriesAndTheProgramNumbersThemAlike() {
        Program program = SamplePrograms.everyNode();
        Program read = ProgramJson.decode(ProgramJson.encode(program));

        assertEquals(3, program.historyQueries().size());
        assertEquals(program.historyQueries(), read.historyQueries());
    }

    @Test
    void aHistoryWindowBeyondAYearIsRefusedByValidation() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.everyNode());
        histories(json).get(0).put("window_minutes", "527041");
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> ProgramJson.decode(json));
        assertTrue(e.getMessage().contains("a window is 1 minute to 527040 minutes"), e.getMessage());
    }

    @Test
    void aHistorySumOfAParameterTheMatchedActionLacksIsRefusedByValidation() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.everyNode());
        histories(json).get(1).put("actions", "crm.*");
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> ProgramJson.decode(json));
        assertTrue(e.getMessage().contains("action crm.export has no parameter cost of type decimal"), e.getMessage());
    }

    @Test
    void aHistorySumWithoutItsSummandIsMalformed() {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.everyNode());
        histories(json).get(1).remove("summand");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramJson.decode(json));
        assertTrue(e.getMessage().endsWith("missing member 'summand'"), e.getMessage());
    }

    /** The history terms of an encoded program, in document order. */
    private static List<ObjectNode> histories(JsonNode json) {
        List<ObjectNode> out = new java.util.ArrayList<>();
        if (json.isObject() && "history".equals(json.path("kind").asText())) {
            out.add((ObjectNode) json);
        }
        json.forEach(child -> out.addAll(histories(child)));
        return out;
    }

    /** The minimal program with its one action, declared and named by its rule, renamed {@code name}. */
    private static JsonNode withActionNamed(String name) {
        ObjectNode json = (ObjectNode) ProgramJson.encode(SamplePrograms.minimal());
        ((ObjectNode) json.get("schema").get("actions").get(0)).put("name", name);
        ((ArrayNode) json.get("rules").get(0).get("actions")).set(0, name);
        return json;
    }
}
