package org.broadsheet.base;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Once the embedded database has created its file: the data directory's files, for their owner only. */
@Component
class DataFilesKeptPrivate implements ApplicationRunner {

    private final BroadsheetProperties properties;

    DataFilesKeptPrivate(BroadsheetProperties properties) {
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        DataDirectoryCheck.keepPrivate(properties.dataDir().toAbsolutePath().normalize());
    }
}
