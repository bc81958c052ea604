package org.broadsheet.portability.archive;

import java.util.List;

/**
 * One table as the archive sees it: its columns in order, its primary key (the order rows are
 * written in) and the columns that point at rows of the same table (a section's parent), which
 * are loaded in a second pass so a row may come before the row it points at.
 */
public record TableShape(String name, List<Column> columns, List<String> primaryKey, List<String> selfReferences) {

    /** A column, its JDBC type (for binding a null) and how its values travel. */
    public record Column(String name, int sqlType, ColumnKind kind) {}

    public TableShape {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        selfReferences = List.copyOf(selfReferences);
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
