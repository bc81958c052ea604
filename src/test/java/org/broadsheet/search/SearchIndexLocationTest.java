package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index Lucene cannot read is set aside before start-up, so it is rebuilt instead of failing the start. */
class SearchIndexLocationTest {

    private final SearchIndexLocation location = new SearchIndexLocation(java.util.function.Supplier::get);

    @Test
    void aReadableIndexStaysAndACorruptOneIsMovedAside(@TempDir Path root) throws Exception {
        Path good = root.resolve("article");
        try (FSDirectory dir = FSDirectory.open(good);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField("title", "a glacier", Field.Store.NO));
            writer.addDocument(doc);
        }
        Path corrupt = root.resolve("other");
        Files.createDirectories(corrupt);
        Files.writeString(corrupt.resolve("segments_1"), "not a Lucene segments file");

        location.setAsideUnreadableIndexes(root);

        assertThat(good).isDirectory();
        assertThat(corrupt).doesNotExist();
        try (Stream<Path> children = Files.list(root)) {
            assertThat(children.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("other.unreadable-"));
        }
    }
}
