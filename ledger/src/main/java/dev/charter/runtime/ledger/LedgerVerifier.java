package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.KeyId;
import dev.charter.runtime.keys.PublicKey;
import dev.charter.runtime.keys.TrustStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Checks a ledger the way an auditor does, with nothing but the public keys: every frame's
 * CRC, canonical form of every record, sequence numbers, the hash chain, signatures, which key
 * was in force (rotations signed by the retiring key), escalation resolutions, every checkpoint's
 * signature and Merkle root, and, optionally, checkpoints witnessed elsewhere (a fork or a
 * truncation shows against them). Reports the first problem by sequence number. Frames are
 * CRC-checked, parsed, hashed and signature-checked in parallel; the order-dependent checks run
 * in sequence on the calling thread, overlapping the decoding of later frames.
 * Safe to run while writers append: it verifies the prefix present when it starts.
 */
public final class LedgerVerifier {

    private static final int PARALLEL_FROM = 64;

    private LedgerVerifier() {}

    /** Verifies the ledger in {@code dir} against the public keys in {@code trust}. */
    public static VerificationReport verify(Path dir, TrustStore trust) throws IOException {
        return verify(dir, trust, List.of());
    }

    /**
     * Verifies the ledger and checks that each of {@code witnessed} (checkpoints an auditor kept
     * from earlier, signed by a trusted key) describes a prefix of it.
     *
     * @throws java.nio.file.FileSystemException naming {@code dir} when it holds no segment file: no ledger is there
     */
    public static VerificationReport verify(Path dir, TrustStore trust, List<SignedCheckpoint> witnessed)
            throws IOException {
        Map<Path, Long> snapshot = snapshot(dir);
        if (snapshot.isEmpty()) {
            // A writer creates the first segment when it opens a ledger: a directory without one holds no ledger.
            throw new FileSystemException(dir.toString(), null, "no ledger here: no segment files (<first seq>.seg)");
        }
        List<Path> segments = new ArrayList<>(snapshot.keySet());
        byte[] first = SegmentFiles.read(segments.get(0), 0, snapshot.get(segments.get(0)));
        String origin;
        try {
            origin = SegmentHeader.parse(first, first.length).origin();
        } catch (SegmentHeader.BadHeader e) {
            ChainAudit audit = new ChainAudit(null, trust, List.of());
            audit.damage(segments.get(0).getFileName() + " offset 0", e.getMessage());
            return audit.report();
        }
        ChainAudit audit = new ChainAudit(origin, trust, sorted(witnessed));
        String witnessProblem = witnessProblem(witnessed, trust, origin);
        if (witnessProblem != null) {
            audit.damage("", witnessProblem);
            return audit.report();
        }
        Deferred deferred = new Deferred();
        byte[] data = first;
        for (int i = 0; i < segments.size(); i++) {
            // Reading a segment is a copy of tens of MiB: the next one is read while this one is verified.
            CompletableFuture<byte[]> next = i + 1 < segments.size() ? readLater(segments.get(i + 1), snapshot) : null;
            verifySegment(segments.get(i), data, origin, audit, deferred);
            if (audit.failed()) {
                return audit.report();
            }
            data = next == null ? null : joined(next);
        }
        deferred.flush(audit, null);
        audit.finish();
        return audit.report();
    }

    private static void verifySegment(Path segment, byte[] data, String origin, ChainAudit audit, Deferred deferred) {
        String name = segment.getFileName().toString();
        SegmentHeader header;
        try {
            header = SegmentHeader.parse(data, data.length);
        } catch (SegmentHeader.BadHeader e) {
            deferred.flush(audit, null);
            audit.damage(name + " offset 0", e.getMessage());
            return;
        }
        String headerProblem = headerProblem(header, segment, origin, audit);
        if (headerProblem != null) {
            deferred.flush(audit, null);
            audit.damage(name + " offset 0", headerProblem);
            return;
        }
        List<DecodedFrame> frames = new ArrayList<>();
        FrameCursor cursor = new FrameCursor(data, header.size(), data.length);
        FrameCursor.Step step;
        while ((step = cursor.skim()) == FrameCursor.Step.FRAME) {
            frames.add(new DecodedFrame(cursor.frameStart(), data, cursor.payloadStart(), cursor.payloadEnd()));
        }
        Map<KeyId, PublicKey> keysAtStart = audit.knownKeys();
        int helpers = frames.size() >= PARALLEL_FROM ? ForkJoinPool.getCommonPoolParallelism() : 0;
        InOrder inOrder = new InOrder(audit, deferred, name, keysAtStart);
        boolean all = OrderedDecode.run(frames, helpers, f -> f.decode(keysAtStart), inOrder::consume);
        if (all && step == FrameCursor.Step.DAMAGED) {
            deferred.flush(audit, null);
            audit.damage(name + " offset " + cursor.frameStart(), "damaged frame: " + cursor.damage());
        }
    }

    private static CompletableFuture<byte[]> readLater(Path segment, Map<Path, Long> snapshot) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SegmentFiles.read(segment, 0, snapshot.get(segment));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static byte[] joined(CompletableFuture<byte[]> read) throws IOException {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** What a writer opening the ledger would refuse in a segment header (see {@code LedgerRecovery}), or null. */
    private static String headerProblem(SegmentHeader header, Path segment, String origin, ChainAudit audit) {
        if (!header.origin().equals(origin)) {
            return "a segment of ledger '" + header.origin() + "' in ledger '" + origin + "'";
        }
        if (header.firstSeq() != SegmentFiles.firstSeqOf(segment)) {
            return "the header says the segment starts at seq " + header.firstSeq() + ", its name says otherwise";
        }
        if (header.firstSeq() != audit.expectedSeq()) {
            return "the segment starts at seq " + header.firstSeq() + " but " + audit.expectedSeq()
                    + " records precede it (a segment is missing, or out of place)";
        }
        return null;
    }

    private static String witnessProblem(List<SignedCheckpoint> witnessed, TrustStore trust, String origin) {
        for (SignedCheckpoint checkpoint : witnessed) {
            if (!checkpoint.checkpoint().origin().equals(origin)) {
                return "a witnessed checkpoint is of ledger '"
                        + checkpoint.checkpoint().origin() + "', not '" + origin + "'";
            }
            if (trust.keys().stream().noneMatch(checkpoint::isSignedBy)) {
                return "a witnessed checkpoint of size "
                        + checkpoint.checkpoint().size() + " is not signed by a trusted key";
            }
        }
        return null;
    }

    private static List<SignedCheckpoint> sorted(List<SignedCheckpoint> witnessed) {
        return witnessed.stream()
                .filter(c -> c.checkpoint().size() > 0)
                .sorted(Comparator.comparingLong(c -> c.checkpoint().size()))
                .toList();
    }

    /** The segments and their lengths, noted under the directory lock so no half-written batch is read. */
    @SuppressWarnings("try") // the directory lock is held for the block, never read
    private static Map<Path, Long> snapshot(Path dir) throws IOException {
        Map<Path, Long> lengths = new LinkedHashMap<>();
        try (DirectoryLock lock = DirectoryLock.forReader(dir);
                DirectoryLock.Held held = lock.acquire(true)) {
            for (Path segment : SegmentFiles.list(dir)) {
                lengths.put(segment, java.nio.file.Files.size(segment));
            }
        }
        return lengths;
    }

    /** The order-dependent checks of one segment's frames, handed over in log order; stops at the first problem. */
    private static final class InOrder {
        private final ChainAudit audit;
        private final Deferred deferred;
        private final String segment;
        private final Map<KeyId, PublicKey> keysAtStart;
        private Map<KeyId, PublicKey> keys;

        InOrder(ChainAudit audit, Deferred deferred, String segment, Map<KeyId, PublicKey> keysAtStart) {
            this.audit = audit;
            this.deferred = deferred;
            this.segment = segment;
            this.keysAtStart = keysAtStart;
            this.keys = keysAtStart;
        }

        boolean consume(DecodedFrame frame) {
            if (frame.damage != null) {
                deferred.flush(audit, null);
                audit.damage(segment + " offset " + frame.offset, "damaged frame: " + frame.damage);
                return false;
            }
            if (frame.unknownSigner && keys != keysAtStart) {
                frame.checkSignatures(keys); // signed by a key a rotation earlier in this segment introduced
            }
            if (frame.type == Frame.RECORD) {
                deferred.flush(audit, frame.record == null ? null : frame.record.prev());
                if (!audit.failed()) {
                    audit.record(frame, segment);
                }
            } else {
                deferred.flush(audit, null);
                deferred.hold(frame, segment);
            }
            if (frame.introducedKey != null) {
                audit.introduce(frame.introducedKey);
                keys = audit.knownKeys();
            }
            return !audit.failed();
        }
    }

    /** A checkpoint waiting for the next record, whose prev vouches for the last record it covers. */
    private static final class Deferred {
        private DecodedFrame frame;
        private String segment;

        void hold(DecodedFrame checkpoint, String segmentName) {
            frame = checkpoint;
            segment = segmentName;
        }

        void flush(ChainAudit audit, byte[] nextPrev) {
            if (frame != null && !audit.failed()) {
                audit.checkpoint(frame, segment, nextPrev);
            }
            frame = null;
        }
    }
}
