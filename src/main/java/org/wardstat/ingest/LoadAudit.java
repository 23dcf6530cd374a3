package org.wardstat.ingest;

import org.wardstat.system.Messages;

/** What the audit trail says of a load: the file, and what came of it in the counts the user was told. */
final class LoadAudit {

    private LoadAudit() {
    }

    static String detail(IngestResult result, Messages messages) {
        String file = result.file().getFileName().toString();
        return switch (result.outcome()) {
            case LOADED -> messages.get("audit.load.loaded", file, result.valuesNew(), result.valuesChanged(), result.rowsRejected());
            case ALREADY_LOADED -> messages.get("audit.load.already", file);
            case REFUSED, FAILED -> messages.get("audit.load.refused", file, result.message());
        };
    }
}
