package dev.charter.cli.tools;

import java.util.Optional;

/** A local {@code $ref} ({@code #/...}): a JSON pointer into the tool's own input schema. */
final class LocalReference {

    /** The schema a reference points to, and where it is in the tools file. */
    record Target(Json schema, JsonPointer pointer) {}

    private LocalReference() {}

    /**
     * The schema {@code reference} points to inside {@code root}, the tool's input schema found at
     * {@code rootPointer} in the tools file; empty when it is not a local reference or points to
     * nothing.
     */
    static Optional<Target> resolve(Json root, JsonPointer rootPointer, String reference) {
        if (!reference.startsWith("#")) {
            return Optional.empty();
        }
        String pointer = reference.substring(1);
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            return Optional.empty();
        }
        Json current = root;
        JsonPointer at = rootPointer;
        for (String raw :
                pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            String step = raw.replace("~1", "/").replace("~0", "~");
            if (current instanceof Json.JsonObject object && object.get(step).isPresent()) {
                current = object.get(step).get();
                at = at.then(step);
            } else if (current instanceof Json.JsonArray array && step.matches("0|[1-9][0-9]{0,8}")) {
                int index = Integer.parseInt(step);
                if (index >= array.elements().size()) {
                    return Optional.empty();
                }
                current = array.elements().get(index);
                at = at.then(index);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Target(current, at));
    }
}
