package dev.charter.runtime.keys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Reads and writes key files (format in {@code docs/bundle-format.md}, section "Keys").
 * A private key file holds one {@code ed25519-private KEYID SEEDHEX} line and is created with
 * permissions {@code 600}; a public key file ({@code .pub}) holds one {@code ed25519 KEYID HEX}
 * line, the same line a trust file lists. Existing files are never overwritten, so generating
 * a key cannot destroy another.
 */
public final class KeyFiles {

    private static final String PRIVATE_HEADER =
            "# Charter Ed25519 private key. Keep it secret: whoever holds it can sign bundles.\n";

    private KeyFiles() {}

    /** Creates {@code file} (which must not exist) holding {@code key}, readable by its owner only. */
    public static void writeSigningKey(Path file, SigningKey key) throws IOException {
        createNew(file, PRIVATE_HEADER + KeyText.privateLine(key) + "\n", true);
    }

    public static SigningKey readSigningKey(Path file) throws IOException, KeyFormatException {
        KeyText.Line line = single(file, KeyText.PRIVATE_TAG);
        return KeyText.parsePrivate(line, file.toString());
    }

    /** Creates {@code file} (which must not exist) holding {@code key}'s public line. */
    public static void writePublicKey(Path file, PublicKey key) throws IOException {
        createNew(file, KeyText.publicLine(key) + "\n", false);
    }

    public static PublicKey readPublicKey(Path file) throws IOException, KeyFormatException {
        KeyText.Line line = single(file, KeyText.PUBLIC_TAG);
        return KeyText.parsePublic(line, file.toString());
    }

    /** Creates a trust file (which must not exist) listing {@code trust}'s keys. */
    public static void writeTrustStore(Path file, TrustStore trust) throws IOException {
        createNew(file, trust.toText(), false);
    }

    /**
     * Adds {@code key} to a trust file, creating it if missing and keeping what it already says
     * (comments included).
     *
     * @return false when the file already trusted the key, and so was left as it was
     */
    public static boolean addToTrustFile(Path file, PublicKey key) throws IOException, KeyFormatException {
        if (!Files.exists(file)) {
            writeTrustStore(file, TrustStore.of(List.of(key)));
            return true;
        }
        String text = readText(file);
        if (TrustStore.parse(text, file.toString()).keys().contains(key)) {
            return false;
        }
        String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        Files.writeString(
                file, separator + KeyText.publicLine(key) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return true;
    }

    private static KeyText.Line single(Path file, String tag) throws IOException, KeyFormatException {
        List<KeyText.Line> lines = KeyText.meaningfulLines(readText(file));
        if (lines.size() != 1) {
            throw new KeyFormatException(
                    file + ": expected exactly one '" + tag + " KEYID HEX' line, found " + lines.size());
        }
        return lines.get(0);
    }

    /**
     * The text of a key or trust file. Every problem names the file and says what is wrong: a
     * file that is not UTF-8 text (a binary file given by mistake) is a {@link KeyFormatException},
     * an I/O error a {@link FileSystemException} naming the file.
     */
    static String readText(Path file) throws IOException, KeyFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw new FileSystemException(file.toString(), null, "cannot be read: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new KeyFormatException(file + ": not a key or trust file: it is not UTF-8 text (a binary file?)");
        }
    }

    private static void createNew(Path file, String content, boolean ownerOnly) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = ownerOnly && posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        // createFile fails when the file exists, so a key is never overwritten.
        Files.createFile(file, attributes);
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
