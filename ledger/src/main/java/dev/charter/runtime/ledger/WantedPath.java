package dev.charter.runtime.ledger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The members a {@link CanonicalJsonScanner} notes the values of, as a tree of names: the root
 * stands for the outermost object, each child for a member name one level down, and a node whose
 * id is not -1 ends the id-th wanted path.
 */
final class WantedPath {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] name;
    /** The name's first eight bytes (fewer for a shorter name, the rest zero), little-endian, and the mask of those bytes. */
    private final long prefix;

    private final long prefixMask;
    private WantedPath[] children = new WantedPath[0];
    private int id = -1;

    private WantedPath(String name) {
        this.name = name.getBytes(StandardCharsets.US_ASCII);
        long word = 0;
        for (int i = Math.min(Long.BYTES, this.name.length) - 1; i >= 0; i--) {
            word = (word << 8) | (this.name[i] & 0xFF);
        }
        this.prefix = word;
        this.prefixMask = this.name.length >= Long.BYTES ? -1L : (1L << (8 * this.name.length)) - 1;
    }

    /** The tree of the dotted paths {@code paths}, the i-th ending at a node of id i. */
    static WantedPath tree(List<String> paths) {
        WantedPath root = new WantedPath("");
        for (int id = 0; id < paths.size(); id++) {
            WantedPath node = root;
            for (String name : paths.get(id).split("\\.")) {
                node = node.childNamed(name);
            }
            node.id = id;
        }
        return root;
    }

    int id() {
        return id;
    }

    /** Whether a wanted path goes on below this member. */
    boolean hasChildren() {
        return children.length > 0;
    }

    private WantedPath childNamed(String childName) {
        byte[] bytes = childName.getBytes(StandardCharsets.US_ASCII);
        WantedPath found = child(bytes, 0, bytes.length, true);
        if (found == null) {
            found = new WantedPath(childName);
            children = Arrays.copyOf(children, children.length + 1);
            children[children.length - 1] = found;
        }
        return found;
    }

    /**
     * The child named by the string content {@code data[from, to)}; wanted names are plain ASCII.
     * Called for every member of the objects on a wanted path, so names are compared by their
     * first eight bytes at once, then, when longer, by a plain loop, which beats the vectorised
     * library call on names this short.
     */
    WantedPath child(byte[] data, int from, int to, boolean ascii) {
        if (!ascii) {
            return null;
        }
        int length = to - from;
        boolean word = from + Long.BYTES <= data.length;
        long first = word ? (long) WORDS.get(data, from) : 0;
        for (WantedPath c : children) {
            if (c.name.length == length
                    && (word
                            ? (first & c.prefixMask) == c.prefix && sameBytes(c.name, data, from, Long.BYTES)
                            : sameBytes(c.name, data, from, 0))) {
                return c;
            }
        }
        return null;
    }

    private static boolean sameBytes(byte[] name, byte[] data, int from, int start) {
        for (int i = start; i < name.length; i++) {
            if (name[i] != data[from + i]) {
                return false;
            }
        }
        return true;
    }
}
