package org.broadsheet.portability.archive;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;

/**
 * Loads a table's rows from an archive in batches. Columns that point into the same table are
 * filled in a second pass, once every row they may point at is there.
 */
public final class TableLoader {

    private static final int BATCH = 500;

    private final Connection connection;
    private final ArchiveReader archive;

    public TableLoader(Connection connection, ArchiveReader archive) {
        this.connection = connection;
        this.archive = archive;
    }

    /** Inserts every row of the table; {@code perRow} runs after each. Returns how many. */
    public long load(TableShape table, Runnable perRow) throws IOException, SQLException {
        List<TableShape.Column> columns = table.columns();
        String insert = "insert into " + table.name() + " (" + String.join(", ", table.columnNames()) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long count = 0;
        try (MappingIterator<JsonNode> rows = archive.rows(table.name());
                PreparedStatement statement = connection.prepareStatement(insert)) {
            while (rows.hasNextValue()) {
                JsonNode row = rows.nextValue();
                requireKnownColumns(table, row);
                for (int i = 0; i < columns.size(); i++) {
                    TableShape.Column column = columns.get(i);
                    @Nullable
                    JsonNode value = table.selfReferences().contains(column.name()) ? null : row.get(column.name());
                    bind(statement, i + 1, column, value);
                }
                statement.addBatch();
                if (++count % BATCH == 0) {
                    statement.executeBatch();
                }
                perRow.run();
            }
            statement.executeBatch();
        }
        if (!table.selfReferences().isEmpty()) {
            linkWithinTable(table);
        }
        return count;
    }

    private void linkWithinTable(TableShape table) throws IOException, SQLException {
        List<String> set = table.selfReferences();
        List<String> key = table.primaryKey();
        List<String> assignments = new ArrayList<>();
        set.forEach(column -> assignments.add(column + " = ?"));
        List<String> conditions = new ArrayList<>();
        key.forEach(column -> conditions.add(column + " = ?"));
        String update = "update " + table.name() + " set " + String.join(", ", assignments) + " where "
                + String.join(" and ", conditions);
        List<TableShape.Column> parameters = new ArrayList<>();
        set.forEach(name -> parameters.add(column(table, name)));
        key.forEach(name -> parameters.add(column(table, name)));
        int pending = 0;
        try (MappingIterator<JsonNode> rows = archive.rows(table.name());
                PreparedStatement statement = connection.prepareStatement(update)) {
            while (rows.hasNextValue()) {
                JsonNode row = rows.nextValue();
                if (set.stream().allMatch(name -> isNull(row.get(name)))) {
                    continue;
                }
                for (int i = 0; i < parameters.size(); i++) {
                    bind(
                            statement,
                            i + 1,
                            parameters.get(i),
                            row.get(parameters.get(i).name()));
                }
                statement.addBatch();
                if (++pending % BATCH == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }

    private static void bind(
            PreparedStatement statement, int parameter, TableShape.Column column, @Nullable JsonNode value)
            throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(parameter, column.sqlType());
        } else {
            column.kind().bind(statement, parameter, value);
        }
    }

    private static boolean isNull(@Nullable JsonNode value) {
        return value == null || value.isNull();
    }

    private static void requireKnownColumns(TableShape table, JsonNode row) {
        for (String name : row.propertyNames()) {
            if (!table.columnNames().contains(name)) {
                throw ArchiveReader.refused("The export's table " + table.name() + " has a column this Broadsheet"
                        + " does not know (" + name + "): it was made by another version.");
            }
        }
    }

    private static TableShape.Column column(TableShape table, String name) {
        return table.columns().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
