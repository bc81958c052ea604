package org.broadsheet.portability.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.broadsheet.portability.service.ArchiveManifest;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an archive as a stream: each table's rows one JSON object per line, then media files,
 * then the manifest. Nothing is held but the row being written.
 */
public final class ArchiveWriter implements Closeable {

    private final ZipOutputStream zip;

    public ArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    /**
     * The rows of {@code rows} (selected with the shape's columns in order) as
     * {@code tables/NAME.jsonl}; a column named in {@code transforms} is written as the function
     * returns it.
     *
     * @return how many rows were written
     */
    public long table(TableShape shape, ResultSet rows, Map<String, UnaryOperator<String>> transforms, Runnable perRow)
            throws IOException, SQLException {
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(ArchiveLayout.tableEntry(shape.name())));
        List<TableShape.Column> columns = shape.columns();
        long count = 0;
        try (JsonGenerator json = ArchiveLayout.JSON.createGenerator(zip)) {
            while (rows.next()) {
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    TableShape.Column column = columns.get(i);
                    json.writeName(column.name());
                    if (rows.getObject(i + 1) == null) {
                        json.writeNull();
                    } else if (transforms.containsKey(column.name())) {
                        json.writeString(transforms.get(column.name()).apply(rows.getString(i + 1)));
                    } else {
                        column.kind().write(json, rows, i + 1);
                    }
                }
                json.writeEndObject();
                count++;
                perRow.run();
            }
            json.writeRaw('\n');
        }
        zip.closeEntry();
        return count;
    }

    /** A media file, stored as it is: pictures are compressed already. */
    public void mediaFile(long mediaId, String name, InputStream content) throws IOException {
        zip.setLevel(Deflater.NO_COMPRESSION);
        zip.putNextEntry(new ZipEntry(ArchiveLayout.mediaEntry(mediaId, name)));
        content.transferTo(zip);
        zip.closeEntry();
    }

    public void manifest(ArchiveManifest manifest) throws IOException {
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(ArchiveLayout.MANIFEST));
        ArchiveLayout.JSON.writerWithDefaultPrettyPrinter().writeValue(zip, manifest);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
