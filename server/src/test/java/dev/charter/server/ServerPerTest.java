package dev.charter.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that each get a started server ({@link ServerFixture}) in a temporary directory of their own. */
abstract class ServerPerTest {

    @TempDir
    Path dir;

    ServerFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = ServerFixture.start(dir);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }
}
