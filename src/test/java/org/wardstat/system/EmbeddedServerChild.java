package org.wardstat.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;

/**
 * Another wardstat process holding the embedded server of a folder, for tests: opens it, says
 * "ready" with its port, and keeps it until its standard input ends (or until it is killed).
 * Arguments: the data folder, and "shared" for a web server's kind of ownership.
 */
public final class EmbeddedServerChild {

    private EmbeddedServerChild() {
    }

    public static void main(String[] args) throws Exception {
        boolean shared = args.length > 1 && args[1].equals("shared");
        try (DatabaseServer server = EmbeddedServer.open(Path.of(args[0]), new EmbeddedServer.Settings(false, false, shared))) {
            System.out.println("ready " + server.jdbcUrl());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in)).readLine();
        }
    }
}
