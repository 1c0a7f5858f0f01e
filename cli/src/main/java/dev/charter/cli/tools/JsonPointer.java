package dev.charter.cli.tools;

/** An RFC 6901 JSON pointer into the tools file, built one step at a time. */
record JsonPointer(String text) {

    static final JsonPointer ROOT = new JsonPointer("");

    JsonPointer then(String step) {
        return new JsonPointer(text + "/" + step.replace("~", "~0").replace("/", "~1"));
    }

    JsonPointer then(int index) {
        return new JsonPointer(text + "/" + index);
    }

    @Override
    public String toString() {
        return text;
    }
}
