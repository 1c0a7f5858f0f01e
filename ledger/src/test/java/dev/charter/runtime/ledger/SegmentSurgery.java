package dev.charter.runtime.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a ledger's segments into frames and writes them back with valid CRCs: how tests forge
 * what an attacker with write access (but no key) can do, beyond flipping bits.
 */
final class SegmentSurgery {

    /** One frame: its type, its payload and where it was. */
    static final class Cut {
        byte type;
        byte[] payload;
        final long originalOffset;

        Cut(byte type, byte[] payload, long originalOffset) {
            this.type = type;
            this.payload = payload;
            this.originalOffset = originalOffset;
        }

        boolean isRecord() {
            return type == Frame.RECORD;
        }

        String text() {
            return new String(payload, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** One segment: its file, header bytes and frames. */
    static final class Piece {
        final Path file;
        final byte[] header;
        final List<Cut> frames;

        Piece(Path file, byte[] header, List<Cut> frames) {
            this.file = file;
            this.header = header;
            this.frames = frames;
        }
    }

    final List<Piece> pieces = new ArrayList<>();

    static SegmentSurgery open(Path dir) throws IOException {
        SegmentSurgery surgery = new SegmentSurgery();
        for (Path file : SegmentFiles.list(dir)) {
            byte[] data = Files.readAllBytes(file);
            SegmentHeader header;
            try {
                header = SegmentHeader.parse(data, data.length);
            } catch (SegmentHeader.BadHeader e) {
                throw new IOException(e.getMessage());
            }
            List<Cut> frames = new ArrayList<>();
            FrameCursor cursor = new FrameCursor(data, header.size(), data.length);
            while (cursor.next() == FrameCursor.Step.FRAME) {
                frames.add(new Cut(
                        cursor.type(),
                        Arrays.copyOfRange(data, cursor.payloadStart(), cursor.payloadEnd()),
                        cursor.frameStart()));
            }
            surgery.pieces.add(new Piece(file, Arrays.copyOf(data, header.size()), frames));
        }
        return surgery;
    }

    /** Every frame of every segment, in order. */
    List<Cut> all() {
        List<Cut> all = new ArrayList<>();
        pieces.forEach(p -> all.addAll(p.frames));
        return all;
    }

    /** The segment holding {@code cut}. */
    Piece pieceOf(Cut cut) {
        return pieces.stream().filter(p -> p.frames.contains(cut)).findFirst().orElseThrow();
    }

    /** The record frame with sequence number {@code seq}. */
    Cut record(long seq) {
        for (Cut cut : all()) {
            if (cut.isRecord() && cut.text().contains(",\"seq\":" + seq + "}")
                    || cut.isRecord() && cut.text().contains(",\"seq\":" + seq + ",\"sig\"")) {
                return cut;
            }
        }
        throw new IllegalArgumentException("no record " + seq);
    }

    void write() throws IOException {
        for (Piece piece : pieces) {
            int size = piece.header.length;
            for (Cut cut : piece.frames) {
                size += Frame.size(cut.payload.length);
            }
            ByteBuffer out = ByteBuffer.allocate(size);
            out.put(piece.header);
            for (Cut cut : piece.frames) {
                Frame.write(out, cut.type, cut.payload);
            }
            Files.write(piece.file, out.array());
        }
    }
}
