package org.broadsheet.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The table in {@code security/authorization-matrix.csv}: target → who may use it. */
final class AuthorizationMatrix {

    /** The four kinds of caller, in the table's column order. */
    enum Caller {
        ANONYMOUS,
        AUTHOR,
        EDITOR,
        ADMIN;

        Authentication authentication() {
            return this == ANONYMOUS
                    ? new AnonymousAuthenticationToken(
                            "matrix", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                    : UsernamePasswordAuthenticationToken.authenticated(
                            name().toLowerCase() + "-matrix",
                            null,
                            AuthorityUtils.createAuthorityList("ROLE_" + name()));
        }
    }

    private final Map<String, Map<Caller, Boolean>> rows = new LinkedHashMap<>();

    static AuthorizationMatrix load() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream("/security/authorization-matrix.csv")) {
            AuthorizationMatrix matrix = new AuthorizationMatrix();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("target,"))
                    .forEach(matrix::add);
            return matrix;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String line) {
        String[] cells = line.split(",");
        if (cells.length != 5) {
            throw new IllegalArgumentException("Matrix row needs a target and four cells: " + line);
        }
        Map<Caller, Boolean> row = new LinkedHashMap<>();
        for (Caller caller : Caller.values()) {
            String cell = cells[caller.ordinal() + 1].strip();
            if (!cell.equals("yes") && !cell.equals("no")) {
                throw new IllegalArgumentException("Cells are yes or no: " + line);
            }
            row.put(caller, cell.equals("yes"));
        }
        if (rows.put(cells[0].strip(), row) != null) {
            throw new IllegalArgumentException("Duplicate row " + cells[0]);
        }
    }

    List<String> targets(String prefix) {
        return rows.keySet().stream().filter(t -> t.startsWith(prefix)).toList();
    }

    List<String> serviceTargets() {
        return rows.keySet().stream().filter(t -> !t.startsWith("route:")).toList();
    }

    boolean allows(String target, Caller caller) {
        return rows.get(target).get(caller);
    }

    int cells() {
        return rows.size() * Caller.values().length;
    }
}
