package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Frames decoded on several threads reach the consumer decoded, once each, in list order. */
class OrderedDecodeTest {

    /** A stand-in for a frame: decoding records which thread did it. */
    private static final class Item {
        final int index;
        volatile Thread decodedBy;
        int decodings;
        long result;

        Item(int index) {
            this.index = index;
        }
    }

    private static List<Item> items(int count) {
        return IntStream.range(0, count).mapToObj(Item::new).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, OrderedDecode.CHUNK - 1, OrderedDecode.CHUNK, 10 * OrderedDecode.CHUNK + 7})
    void everyItemIsDecodedOnceAndConsumedInOrder(int count) {
        List<Item> items = items(count);
        List<Integer> consumed = new ArrayList<>();
        boolean all = OrderedDecode.run(
                items,
                3,
                item -> {
                    item.decodings++;
                    item.decodedBy = Thread.currentThread();
                },
                item -> {
                    assertTrue(item.decodedBy != null, "consumed before it was decoded");
                    consumed.add(item.index);
                    return true;
                });
        assertTrue(all);
        assertEquals(IntStream.range(0, count).boxed().toList(), consumed);
        items.forEach(item -> assertEquals(1, item.decodings, "item " + item.index));
    }

    @Test
    void helpersShareTheWork() {
        List<Item> items = items(200 * OrderedDecode.CHUNK);
        ConcurrentHashMap<Thread, Boolean> threads = new ConcurrentHashMap<>();
        OrderedDecode.run(
                items,
                1,
                item -> {
                    threads.put(Thread.currentThread(), true);
                    item.result = busyWork(item.index);
                },
                item -> true);
        // On a single-core machine the common pool may still run its helper: at least the caller decodes.
        assertTrue(threads.containsKey(Thread.currentThread()) || threads.size() > 1);
    }

    @Test
    void aConsumerThatStopsEndsTheRunOnceNoHelperTouchesTheItems() {
        List<Item> items = items(50 * OrderedDecode.CHUNK);
        AtomicBoolean returned = new AtomicBoolean();
        AtomicBoolean decodedLate = new AtomicBoolean();
        List<Integer> consumed = new ArrayList<>();
        boolean all = OrderedDecode.run(
                items,
                2,
                item -> {
                    item.result = busyWork(item.index);
                    if (returned.get()) {
                        decodedLate.set(true);
                    }
                },
                item -> {
                    consumed.add(item.index);
                    return item.index < 100;
                });
        returned.set(true);
        assertFalse(all);
        assertEquals(IntStream.rangeClosed(0, 100).boxed().toList(), consumed);
        // A helper still queued when the run returned finds nothing left to do.
        ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.SECONDS);
        assertFalse(decodedLate.get(), "an item was decoded after the run returned");
    }

    @Test
    void aFailingDecodeIsThrownToTheCaller() {
        List<Item> items = items(20 * OrderedDecode.CHUNK);
        IllegalStateException bug = new IllegalStateException("bug");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> OrderedDecode.run(
                        items,
                        2,
                        item -> {
                            if (item.index == 5 * OrderedDecode.CHUNK + 3) {
                                throw bug;
                            }
                        },
                        item -> true));
        assertSame(bug, thrown);
    }

    private static long busyWork(int seed) {
        long x = seed;
        for (int i = 0; i < 2000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }
}
