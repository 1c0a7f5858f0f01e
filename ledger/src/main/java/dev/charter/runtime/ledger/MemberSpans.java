package dev.charter.runtime.ledger;

/** Where the values of a reader's wanted members lie in the bytes it last read, by wanted path id. */
interface MemberSpans {

    /** Start offset of the value of wanted path {@code id}, or -1 when absent. */
    int start(int id);

    /** End offset (exclusive) of the value of wanted path {@code id}, or -1 when absent. */
    int end(int id);
}
