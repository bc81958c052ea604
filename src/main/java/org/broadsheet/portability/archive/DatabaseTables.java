package org.broadsheet.portability.archive;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The database's own tables read from its metadata, in an order where every table comes after the
 * tables it refers to. Read from the live schema rather than listed by hand, so a table a later
 * release adds is exported without anyone remembering to.
 */
public final class DatabaseTables {

    /** Bookkeeping of the running instances, not the site: the migration history, job locks, the nodes' change feed and desk presence, pending reindexing, the search outbox. */
    public static final Set<String> NOT_SITE_DATA = Set.of(
            "flyway_schema_history",
            "shedlock",
            "change_feed",
            "desk_presence",
            "hsearch_outbox_event",
            "hsearch_agent");

    private DatabaseTables() {}

    public static List<TableShape> inLoadOrder(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, String> actualNames = new TreeMap<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String actual = tables.getString("TABLE_NAME");
                String name = actual.toLowerCase(Locale.ROOT);
                if (!NOT_SITE_DATA.contains(name)) {
                    actualNames.put(name, actual);
                }
            }
        }
        Map<String, TableShape> shapes = new LinkedHashMap<>();
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        for (var table : actualNames.entrySet()) {
            Set<String> parents = new LinkedHashSet<>();
            List<String> selfReferences = new ArrayList<>();
            try (ResultSet keys = meta.getImportedKeys(null, schema, table.getValue())) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (parent.equals(table.getKey())) {
                        selfReferences.add(lower(keys.getString("FKCOLUMN_NAME")));
                    } else {
                        parents.add(parent);
                    }
                }
            }
            refersTo.put(table.getKey(), parents);
            shapes.put(
                    table.getKey(),
                    new TableShape(
                            table.getKey(),
                            columns(meta, schema, table.getKey(), table.getValue()),
                            primaryKey(meta, schema, table.getValue()),
                            selfReferences));
        }
        return ordered(shapes, refersTo);
    }

    public static long rowCount(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<TableShape.Column> columns(DatabaseMetaData meta, String schema, String name, String actual)
            throws SQLException {
        List<TableShape.Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, actual, "%")) {
            while (rs.next()) {
                String column = lower(rs.getString("COLUMN_NAME"));
                int sqlType = rs.getInt("DATA_TYPE");
                columns.add(new TableShape.Column(
                        column, sqlType, ColumnKind.of(name, column, sqlType, rs.getString("TYPE_NAME"))));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String actual) throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, actual)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(bySequence.values());
    }

    /** Tables after the ones they refer to; a cycle between tables cannot be loaded and is refused. */
    private static List<TableShape> ordered(Map<String, TableShape> shapes, Map<String, Set<String>> refersTo) {
        List<TableShape> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < shapes.size()) {
            boolean progressed = false;
            for (String table : shapes.keySet()) {
                if (!placed.contains(table) && placed.containsAll(refersTo.get(table))) {
                    placed.add(table);
                    ordered.add(shapes.get(table));
                    progressed = true;
                }
            }
            if (!progressed) {
                Set<String> left = new LinkedHashSet<>(shapes.keySet());
                left.removeAll(placed);
                throw new IllegalStateException("These tables refer to each other in a cycle: " + left);
            }
        }
        return ordered;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
