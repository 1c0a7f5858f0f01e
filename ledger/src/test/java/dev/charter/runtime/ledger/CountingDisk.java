package dev.charter.runtime.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;

/** The real disk, counting file fsyncs; subclasses may make them fail. */
class CountingDisk implements Disk {

    volatile int fsyncs;

    void beforeFsync() throws IOException {
        fsyncs++;
    }

    @Override
    public FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
        return new ForwardingChannel(FileChannel.open(file, options)) {
            @Override
            public void force(boolean metaData) throws IOException {
                beforeFsync();
                super.force(metaData);
            }
        };
    }
}
