package org.broadsheet.portability.archive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The version of the newest database migration applied: the shape an archive's rows fit. */
public final class SchemaVersion {

    private SchemaVersion() {}

    public static String of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        // Flyway names its table and columns in quotes, in lower case
                        "select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                                + " and \"version\" is not null order by \"installed_rank\" desc")) {
            if (!rs.next()) {
                throw new IllegalStateException("The database has no migration history");
            }
            return rs.getString(1);
        }
    }
}
