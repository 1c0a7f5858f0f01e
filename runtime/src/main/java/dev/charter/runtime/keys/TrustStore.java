package dev.charter.runtime.keys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The public keys a runtime accepts signatures from, by key id. A runtime refuses a bundle (and
 * an auditor a ledger record) whose key id is not here. Immutable and thread-safe.
 *
 * <p>A trust file lists one {@code ed25519 KEYID HEX} line per key, the same line as a key's
 * {@code .pub} file, so {@code cat a.pub b.pub > trust.txt} builds one; {@code #} comments and
 * blank lines are allowed.
 */
public final class TrustStore {

    private static final String HEADER =
            "# Charter trust file: the Ed25519 public keys whose signatures are accepted, one per line.\n";

    private final Map<KeyId, PublicKey> keys;

    private TrustStore(Map<KeyId, PublicKey> keys) {
        this.keys = keys;
    }

    /** Trusts exactly {@code keys}. */
    public static TrustStore of(Collection<PublicKey> keys) {
        Map<KeyId, PublicKey> byId = new TreeMap<>((a, b) -> a.hex().compareTo(b.hex()));
        keys.forEach(k -> byId.put(k.keyId(), k));
        return new TrustStore(byId);
    }

    /** Trusts nothing: every signature is refused. */
    public static TrustStore empty() {
        return of(List.of());
    }

    /** Reads a trust file. */
    public static TrustStore read(Path file) throws IOException, KeyFormatException {
        return parse(KeyFiles.readText(file), file.toString());
    }

    /**
     * Parses the text of a trust file; {@code source} names it in error messages.
     *
     * @throws KeyFormatException naming the first bad line, or two different keys with one id
     */
    public static TrustStore parse(String text, String source) throws KeyFormatException {
        Map<KeyId, PublicKey> byId = new TreeMap<>((a, b) -> a.hex().compareTo(b.hex()));
        for (KeyText.Line line : KeyText.meaningfulLines(text)) {
            PublicKey key = KeyText.parsePublic(line, source);
            PublicKey previous = byId.put(key.keyId(), key);
            if (previous != null && !previous.equals(key)) {
                throw KeyText.error(source, line, "two different keys share key id " + key.keyId());
            }
        }
        return new TrustStore(byId);
    }

    /** The trusted key with this id, if any. */
    public Optional<PublicKey> key(KeyId id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** The trusted keys, ordered by key id. */
    public List<PublicKey> keys() {
        return List.copyOf(keys.values());
    }

    /** Whether a trusted key with id {@code id} signed {@code message} in {@code domain}. */
    public boolean verify(KeyId id, SignatureDomain domain, byte[] message, byte[] signature) {
        PublicKey key = keys.get(id);
        return key != null && key.verify(domain, message, signature);
    }

    /** The trust-file text listing these keys. */
    public String toText() {
        StringBuilder text = new StringBuilder(HEADER);
        keys.values().forEach(k -> text.append(KeyText.publicLine(k)).append('\n'));
        return text.toString();
    }

    @Override
    public String toString() {
        return "TrustStore" + keys.keySet();
    }
}
