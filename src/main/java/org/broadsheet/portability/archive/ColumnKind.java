package org.broadsheet.portability.archive;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * How a column's values travel between a database and JSON, decided from the column's type as
 * each database reports it (PostgreSQL calls a time-zone timestamp TIMESTAMP and a boolean BIT;
 * H2 names them plainly), so an export of one database loads into the other.
 */
public enum ColumnKind {
    WHOLE_NUMBER {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException {
            json.writeNumber(row.getLong(column));
        }

        @Override
        void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException {
            statement.setLong(parameter, value.asLong());
        }
    },
    DECIMAL {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException {
            json.writeString(row.getBigDecimal(column).toPlainString());
        }

        @Override
        void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException {
            statement.setBigDecimal(parameter, new BigDecimal(value.asString()));
        }
    },
    REAL_NUMBER {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException {
            json.writeNumber(row.getDouble(column));
        }

        @Override
        void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException {
            statement.setDouble(parameter, value.asDouble());
        }
    },
    BOOLEAN {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException {
            json.writeBoolean(row.getBoolean(column));
        }

        @Override
        void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException {
            statement.setBoolean(parameter, value.asBoolean());
        }
    },
    TEXT {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException {
            json.writeString(row.getString(column));
        }

        @Override
        void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException {
            statement.setString(parameter, value.asString());
        }
    },
    INSTANT {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException {
            json.writeString(row.getObject(column, OffsetDateTime.class).toString());
        }

        @Override
        void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException {
            statement.setObject(parameter, OffsetDateTime.parse(value.asString()));
        }
    },
    LOCAL_TIMESTAMP {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException {
            json.writeString(row.getObject(column, LocalDateTime.class).toString());
        }

        @Override
        void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException {
            statement.setObject(parameter, LocalDateTime.parse(value.asString()));
        }
    },
    DATE {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException {
            json.writeString(row.getObject(column, LocalDate.class).toString());
        }

        @Override
        void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException {
            statement.setObject(parameter, LocalDate.parse(value.asString()));
        }
    },
    BINARY {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException {
            json.writeString(Base64.getEncoder().encodeToString(row.getBytes(column)));
        }

        @Override
        void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException {
            statement.setBytes(parameter, Base64.getDecoder().decode(value.asString()));
        }
    };

    /** Writes the non-null value of the row's column. */
    abstract void write(JsonGenerator json, ResultSet row, int column) throws SQLException;

    /** Binds a non-null JSON value to a statement's parameter. */
    abstract void bind(PreparedStatement statement, int parameter, JsonNode value) throws SQLException;

    static ColumnKind of(String table, String column, int sqlType, String typeName) {
        String name = typeName.toLowerCase(Locale.ROOT);
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> WHOLE_NUMBER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> REAL_NUMBER;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR, Types.NCLOB ->
                TEXT;
            case Types.TIMESTAMP_WITH_TIMEZONE -> INSTANT;
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? INSTANT : LOCAL_TIMESTAMP;
            case Types.DATE -> DATE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default ->
                throw new IllegalStateException(
                        "Column " + table + "." + column + " has a type the export does not know: " + typeName);
        };
    }
}
