package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random damage (zeroed ranges, sector-aligned holes, flipped bytes, truncations) at a random
 * offset of a ledger written in several group commits: opening it either refuses with
 * {@link LedgerCorruptedException} naming the segment, or keeps, byte for byte, every record
 * that something before or after the damage vouches for, and the recovered ledger verifies.
 * Vouching: a record is vouched for when it is signed or covered by a checkpoint and lies wholly
 * before the damage (it was durable before the damaged bytes were written), or when an intact
 * checkpoint after the damage covers it and another frame follows that checkpoint (a writer ends
 * a write with its checkpoint and starts the next only once that one is durable).
 */
class RecoveryProperties {

    private static final int SECTOR = 512;

    /** An original frame: where it was, its type, its payload, and for a checkpoint how many records it covers. */
    private record Original(int start, int end, byte type, String payload, long covers) {}

    @Property(tries = 150)
    void recoveryRefusesOrKeepsEveryVouchedForRecord(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        SigningMode mode = random.nextBoolean() ? SigningMode.BATCHED : SigningMode.PER_RECORD;
        LedgerOptions options = TestLedgers.small(mode)
                .withSegmentBytes(1 << 20)
                .withCheckpoints(1 + random.nextInt(6), Duration.ofHours(1));
        Path dir = Files.createTempDirectory("charter-recovery");
        try {
            write(dir, options, random);
            Path segment = SegmentFiles.list(dir).get(0);
            byte[] original = Files.readAllBytes(segment);
            List<Original> frames = frames(original);
            int[] damage = damage(segment, original, frames, random);
            String context = "seed " + seed + " " + mode + ": damage [" + damage[0] + ", " + damage[1] + ") of "
                    + original.length + " bytes";

            try {
                Ledger.open(dir, TestLedgers.KEY, options).close();
            } catch (LedgerCorruptedException refused) {
                assertTrue(refused.getMessage().startsWith(segment.getFileName().toString()), refused.getMessage());
                return;
            }
            LedgerContents contents = LedgerReader.read(dir);
            for (long seq : vouchedFor(frames, mode, damage)) {
                String stored = records(frames).get((int) seq).payload();
                assertEquals(
                        stored, contents.record(seq).map(LedgerRecord::json).orElse("(cut)"), context + ", seq " + seq);
            }
            assertEquals(
                    Optional.empty(),
                    LedgerVerifier.verify(dir, TestLedgers.TRUST).problem(),
                    context);
        } finally {
            TestLedgers.deleteTree(dir);
        }
    }

    /** Two to six group commits of one to four records each, in one segment. */
    private static void write(Path dir, LedgerOptions options, Random random) throws Exception {
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options)) {
            int commits = 2 + random.nextInt(5);
            long n = 0;
            for (int c = 0; c < commits; c++) {
                List<CompletableFuture<LedgerRecord>> group = new ArrayList<>();
                for (int i = 1 + random.nextInt(4); i > 0; i--, n++) {
                    group.add(ledger.appendDecision(TestRecords.decisionBody(n), false));
                }
                for (CompletableFuture<LedgerRecord> f : group) {
                    f.get();
                }
            }
        }
    }

    private static List<Original> frames(byte[] data) throws SegmentHeader.BadHeader {
        List<Original> frames = new ArrayList<>();
        FrameCursor cursor =
                new FrameCursor(data, SegmentHeader.parse(data, data.length).size(), data.length);
        long records = 0;
        while (cursor.next() == FrameCursor.Step.FRAME) {
            boolean record = cursor.type() == Frame.RECORD;
            records += record ? 1 : 0;
            frames.add(new Original(
                    cursor.frameStart(),
                    cursor.payloadEnd(),
                    cursor.type(),
                    new String(
                            data,
                            cursor.payloadStart(),
                            cursor.payloadEnd() - cursor.payloadStart(),
                            StandardCharsets.UTF_8),
                    record ? 0 : records));
        }
        return frames;
    }

    private static List<Original> records(List<Original> frames) {
        return frames.stream().filter(f -> f.type() == Frame.RECORD).toList();
    }

    /** Damages the segment at a random offset; returns the damaged range {@code [from, to)}, to the end for a truncation. */
    private static int[] damage(Path segment, byte[] original, List<Original> frames, Random random)
            throws IOException {
        byte[] data = original.clone();
        int from = random.nextInt(data.length);
        int to;
        switch (random.nextInt(4)) {
            case 0 -> {
                to = Math.min(data.length, from + 1 + random.nextInt(600));
                Arrays.fill(data, from, to, (byte) 0);
            }
            case 1 -> {
                to = Math.min(data.length, from + 1 + random.nextInt(3));
                for (int i = from; i < to; i++) {
                    data[i] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 2 -> {
                data = Arrays.copyOf(data, from);
                to = original.length;
            }
            default -> {
                from = frames.get(random.nextInt(frames.size())).start();
                to = Math.min(data.length, (from / SECTOR + 1 + random.nextInt(3)) * SECTOR);
                Arrays.fill(data, from, to, (byte) 0);
            }
        }
        Files.write(segment, data);
        return new int[] {from, to};
    }

    private static List<Long> vouchedFor(List<Original> frames, SigningMode mode, int[] damage) {
        long before = 0;
        long seq = 0;
        long after = 0;
        for (int i = 0; i < frames.size(); i++) {
            Original frame = frames.get(i);
            boolean record = frame.type() == Frame.RECORD;
            if (frame.end() <= damage[0]) {
                before = record ? (mode == SigningMode.PER_RECORD ? seq + 1 : before) : frame.covers();
            } else if (!record && frame.start() >= damage[1] && i + 1 < frames.size()) {
                after = Math.max(after, frame.covers());
            }
            seq += record ? 1 : 0;
        }
        List<Long> vouched = new ArrayList<>();
        for (long s = 0; s < Math.max(before, after); s++) {
            vouched.add(s);
        }
        return vouched;
    }
}
