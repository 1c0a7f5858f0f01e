package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.merkle.CompactRange;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records since the last verified checkpoint, and the reasoning that pins a mismatch on one
 * of them. Each record's hash is vouched for twice: by the next record's {@code prev} and by the
 * next checkpoint's root. When a link breaks, the root tells which side lies: if the tree of the
 * hashes the {@code prev} links claim matches the signed root, the record whose own hash differs
 * was altered; if the tree of the actual hashes matches, a {@code prev} was altered. When neither
 * matches (several coordinated rewrites in one batch), the batch's first record is reported.
 */
final class RangeAttribution {

    private record Entry(long seq, byte[] leaf, byte[] prev, boolean signed, String segment, long offset) {
        String where() {
            return segment + " offset " + offset;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private CompactRange start;
    private byte[] leafBefore;

    RangeAttribution(CompactRange start, byte[] leafBefore) {
        this.start = start;
        this.leafBefore = leafBefore;
    }

    void add(long seq, byte[] leaf, byte[] prev, boolean signed, String segment, long offset) {
        entries.add(new Entry(seq, leaf, prev, signed, segment, offset));
    }

    int size() {
        return entries.size();
    }

    /** Starts a new range after a verified checkpoint. */
    void restart(CompactRange newStart, byte[] newLeafBefore) {
        entries.clear();
        start = newStart;
        leafBefore = newLeafBefore;
    }

    /**
     * Checks the range against a checkpoint signed by the key in force; {@code nextPrev} is the
     * {@code prev} of the record after the checkpoint, if there is one, which vouches for the last
     * record's hash; {@code actualRoot} is the root of the tree of the records as they are.
     */
    Optional<VerificationProblem> against(Checkpoint checkpoint, byte[] actualRoot, byte[] nextPrev) {
        List<Integer> breaks = breaks();
        boolean actualMatches = MessageDigest.isEqual(actualRoot, checkpoint.root());
        if (actualMatches && breaks.isEmpty()) {
            return Optional.empty();
        }
        int last = entries.size() - 1;
        if (nextPrev != null && last >= 0 && !MessageDigest.isEqual(nextPrev, entries.get(last).leaf)) {
            breaks.add(last + 1);
        }
        // One altered record i breaks the link to i + 1; put back the hash that link claims and see
        // whether the signed root agrees.
        for (int j : breaks) {
            if (j >= 1) {
                byte[] claimed = j <= last ? entries.get(j).prev : nextPrev;
                if (MessageDigest.isEqual(root(j - 1, claimed), checkpoint.root())) {
                    return altered(entries.get(j - 1));
                }
            }
        }
        if (actualMatches) {
            return breaks.get(0) <= last ? brokenPrev(entries.get(breaks.get(0))) : Optional.empty();
        }
        if (entries.isEmpty()) {
            return Optional.of(new VerificationProblem(
                    -1, "", "checkpoint of size " + checkpoint.size() + " does not match the tree before it"));
        }
        Entry first = entries.get(0);
        return Optional.of(new VerificationProblem(
                first.seq,
                first.where(),
                "records " + first.seq + ".."
                        + entries.get(last).seq + " do not match the signed checkpoint of size " + checkpoint.size()
                        + " (its root differs from their Merkle tree)"));
    }

    /** A broken link in the open range, pinned as well as the records alone allow. */
    Optional<VerificationProblem> chainBreak() {
        int j = firstBreak();
        if (j < 0) {
            return Optional.empty();
        }
        if (j == 0 || entries.get(j - 1).signed) {
            return brokenPrev(entries.get(j));
        }
        if (entries.get(j).signed) {
            return altered(entries.get(j - 1));
        }
        boolean nextConfirmsJ =
                j + 1 < entries.size() && MessageDigest.isEqual(entries.get(j + 1).prev, entries.get(j).leaf);
        return nextConfirmsJ || j + 1 == entries.size() ? altered(entries.get(j - 1)) : brokenPrev(entries.get(j));
    }

    /** At the end of the ledger: a broken link, or unsigned records no checkpoint covers. */
    Optional<VerificationProblem> atEnd() {
        Optional<VerificationProblem> broken = chainBreak();
        if (broken.isPresent()) {
            return broken;
        }
        for (Entry entry : entries) {
            if (!entry.signed) {
                return Optional.of(new VerificationProblem(
                        entry.seq,
                        entry.where(),
                        "unsigned record that no signed "
                                + "checkpoint covers (its batch was cut short, or records after it were removed)"));
            }
        }
        return Optional.empty();
    }

    private int firstBreak() {
        List<Integer> breaks = breaks();
        return breaks.isEmpty() ? -1 : breaks.get(0);
    }

    /** Indexes of the records whose prev is not the hash of the record before them. */
    private List<Integer> breaks() {
        List<Integer> breaks = new ArrayList<>();
        byte[] before = leafBefore;
        for (int i = 0; i < entries.size(); i++) {
            if (!MessageDigest.isEqual(entries.get(i).prev, before)) {
                breaks.add(i);
            }
            before = entries.get(i).leaf;
        }
        return breaks;
    }

    /** The root over the range, with leaf {@code replaced} (if >= 0) taken to be {@code replacement}. */
    private byte[] root(int replaced, byte[] replacement) {
        CompactRange tree = start.copy();
        for (int i = 0; i < entries.size(); i++) {
            tree.append(i == replaced ? replacement : entries.get(i).leaf);
        }
        return tree.root();
    }

    private static Optional<VerificationProblem> altered(Entry entry) {
        return Optional.of(new VerificationProblem(
                entry.seq,
                entry.where(),
                "record altered: its hash is not the one the next record's prev and the checkpoint commit to"));
    }

    private static Optional<VerificationProblem> brokenPrev(Entry entry) {
        return Optional.of(
                new VerificationProblem(entry.seq, entry.where(), "prev is not the hash of the record before it"));
    }
}
