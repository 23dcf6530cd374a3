package org.wardstat.system;

import java.sql.SQLException;

/** The database went away mid-work (PostgreSQL stopped or killed, the network cut): worth saying in the user's words. */
public final class ConnectionLoss {

    private ConnectionLoss() {
    }

    /** SQL states of class 08 (connection exception) and 57P (the server shutting down or crashed), anywhere among the causes. */
    public static boolean in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
