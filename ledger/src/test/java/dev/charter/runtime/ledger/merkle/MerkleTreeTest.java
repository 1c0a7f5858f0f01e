package dev.charter.runtime.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Roots and proofs the tree produces are the ones RFC 9162 defines and the verifier accepts. */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void referenceTreeOfEightLeavesHasTheRfcRoot() {
        List<byte[]> leaves = new ArrayList<>();
        for (String data : List.of(
                "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f")) {
            leaves.add(MerkleHash.leaf(HEX.parseHex(data)));
        }
        MerkleTree tree = new MerkleTree(leaves);
        assertEquals("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328", HEX.formatHex(tree.root(8)));
        CompactRange range = new CompactRange();
        leaves.forEach(range::append);
        assertArrayEquals(tree.root(8), range.root());
    }

    @Test
    void emptyTreeRootIsSha256OfNothing() {
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HEX.formatHex(new CompactRange().root()));
        assertArrayEquals(new CompactRange().root(), new MerkleTree(List.of()).root(0));
    }

    @Property(tries = 60)
    void everyInclusionProofVerifiesAndNoOtherLeafPasses(@ForAll @IntRange(min = 1, max = 70) int size) {
        List<byte[]> leaves = leaves(size);
        MerkleTree tree = new MerkleTree(leaves);
        CompactRange range = new CompactRange();
        for (int n = 1; n <= size; n++) {
            range.append(leaves.get(n - 1));
            byte[] root = tree.root(n);
            assertArrayEquals(root, range.root(), "compact range root at size " + n);
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = tree.inclusionProof(i, n);
                assertEquals(Optional.empty(), MerkleProofs.checkInclusion(i, n, leaves.get(i), proof, root));
                int other = (i + 1) % n;
                if (other != i) {
                    assertTrue(MerkleProofs.checkInclusion(other, n, leaves.get(i), proof, root)
                            .isPresent());
                }
            }
        }
    }

    @Property(tries = 60)
    void everyConsistencyProofVerifiesAndAForkFails(@ForAll @IntRange(min = 1, max = 70) int size) {
        List<byte[]> leaves = leaves(size);
        MerkleTree tree = new MerkleTree(leaves);
        for (int m = 1; m <= size; m++) {
            List<byte[]> proof = tree.consistencyProof(m, size);
            assertEquals(
                    Optional.empty(),
                    MerkleProofs.checkConsistency(m, size, proof, tree.root(m), tree.root(size)),
                    "m=" + m);
            if (m > 0 && m < size) {
                List<byte[]> forked = new ArrayList<>(leaves);
                forked.set(m - 1, MerkleHash.leaf(new byte[] {9, 9}));
                byte[] forkedRoot = new MerkleTree(forked).root(m);
                assertTrue(MerkleProofs.checkConsistency(m, size, proof, forkedRoot, tree.root(size))
                        .isPresent());
            }
        }
    }

    private static List<byte[]> leaves(int size) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(MerkleHash.leaf(new byte[] {(byte) i, (byte) (i >> 8)}));
        }
        return leaves;
    }
}
