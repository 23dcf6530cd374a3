package org.wardstat.system;

import static org.wardstat.system.EmbeddedCredentials.DATABASE;
import static org.wardstat.system.EmbeddedCredentials.ROLE;
import static org.wardstat.system.EmbeddedCredentials.SUPERUSER;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the embedded server private, as its superuser, at every start (each step does nothing
 * when already done): the role {@code wardstat}, which owns the database {@code wardstat} and
 * everything in it but is no superuser (it cannot read server files or run programs), a password
 * for both roles, and password authentication for every connection.
 *
 * <p>A folder made before the server had passwords holds its data in the database
 * {@code postgres}, owned by the superuser, and trusts every local connection. It is upgraded in
 * place on its first start: the database is renamed {@code wardstat} (a fresh {@code postgres}
 * takes its place), everything in it is handed to the role, then pg_hba.conf asks for passwords.
 */
final class EmbeddedAccess {

    private EmbeddedAccess() {
    }

    static void secure(int port, EmbeddedFolder folder, EmbeddedCredentials credentials) throws SQLException {
        try (Connection server = connect(port, "template1", credentials); Statement sql = server.createStatement()) {
            if (!exists(sql, "select 1 from pg_roles where rolname = '" + ROLE + "'")) {
                sql.execute("create role " + ROLE + " login");
            }
            sql.execute("alter role " + ROLE + " with login nosuperuser nocreatedb nocreaterole password " + literal(credentials.wardstatPassword()));
            sql.execute("alter role " + SUPERUSER + " with password " + literal(credentials.superuserPassword()));
            // CHECKPOINT only: the ingest benchmark starts each measurement with no dirty pages
            sql.execute("grant pg_checkpoint to " + ROLE);
            if (!exists(sql, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (holdsWardstatData(port, credentials)) {
                    sql.execute("alter database postgres rename to " + DATABASE);
                    sql.execute("create database postgres");
                } else {
                    sql.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8'");
                }
            }
            sql.execute("alter database " + DATABASE + " owner to " + ROLE);
        }
        try (Connection database = connect(port, DATABASE, credentials); Statement sql = database.createStatement()) {
            sql.execute("alter schema public owner to " + ROLE);
            sql.execute(HAND_OVER);
        }
        if (folder.trustsConnections()) {
            folder.requirePasswords();
            try (Connection server = connect(port, "template1", credentials); Statement sql = server.createStatement()) {
                sql.execute("select pg_reload_conf()");
            }
        }
    }

    /** Everything in the schema that the role does not own yet: tables first, as their sequences follow them. */
    private static final String HAND_OVER = """
            do $$
            declare r record;
            begin
              for r in select c.oid::regclass as name, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                       where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') and c.relowner <> '%1$s'::regrole loop
                execute format('alter %%s %%s owner to %1$s',
                               case r.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end, r.name);
              end loop;
              for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                       where n.nspname = 'public' and c.relkind = 'S' and c.relowner <> '%1$s'::regrole loop
                execute format('alter sequence %%s owner to %1$s', r.name);
              end loop;
              for r in select p.oid::regprocedure as name, p.prokind from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                       where n.nspname = 'public' and p.proowner <> '%1$s'::regrole loop
                execute format('alter %%s %%s owner to %1$s', case r.prokind when 'p' then 'procedure' else 'function' end, r.name);
              end loop;
              for r in select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
                       where n.nspname = 'public' and t.typtype in ('e', 'd') and t.typowner <> '%1$s'::regrole loop
                execute format('alter type %%s owner to %1$s', r.name);
              end loop;
            end
            $$
            """.formatted(ROLE);

    /** The database postgres of a folder from before: it has wardstat's schema history. */
    private static boolean holdsWardstatData(int port, EmbeddedCredentials credentials) throws SQLException {
        try (Connection postgres = connect(port, "postgres", credentials); Statement sql = postgres.createStatement()) {
            return exists(sql, "select 1 where to_regclass('public.flyway_schema_history') is not null");
        }
    }

    static Connection connect(int port, String database, EmbeddedCredentials credentials) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, SUPERUSER, credentials.superuserPassword());
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            return rs.next();
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
