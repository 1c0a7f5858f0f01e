package dev.charter.runtime.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.ir.Program;

/**
 * The JSON form of a whole {@link Program}, every IR node and its source span included, as
 * bundles carry it (field by field in {@code docs/bundle-format.md}). Encoding is deterministic
 * and has one form per program; decoding is strict (unknown or missing members are errors) and
 * rebuilds the program through {@link Program#of}, so a decoded program is as valid as one the
 * compiler lowered, and equal to the program that was encoded.
 */
public final class ProgramJson {

    private ProgramJson() {}

    /** The JSON tree of {@code program}; its RFC 8785 bytes are what a bundle signs. */
    public static JsonNode encode(Program program) {
        return ProgramEncoder.encode(program);
    }

    /**
     * Reads a program back.
     *
     * @throws IllegalArgumentException naming the JSON path when the tree is not a program's
     *     encoding, or {@link dev.charter.runtime.ir.InvalidProgramException} (a subclass) when it
     *     is but the program breaks an IR invariant
     */
    public static Program decode(JsonNode json) {
        return ProgramDecoder.decode(json, "$");
    }
}
