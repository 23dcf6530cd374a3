package org.wardstat.ingest.source;

import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs POI's push-style sheet parse on its own thread and lets the reader pull the rows one
 * by one. The queue between them is bounded, so the parse waits while the reader is busy and
 * no more than a thousand rows are ever held.
 */
final class XlsxBackgroundParse implements AutoCloseable {

    static final int CAPACITY = 1000;

    /** Put after the last row of the last sheet. */
    private static final Object END = new Object();

    private final XlsxWorkbook workbook;
    private final List<XlsxWorkbook.Sheet> sheets;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile boolean cancelled;
    private boolean ended;
    /** Once the parse failed, every later call says so again rather than "no more rows". */
    private UnreadableFileException failure;

    XlsxBackgroundParse(XlsxWorkbook workbook, List<XlsxWorkbook.Sheet> sheets, String threadName) {
        this.workbook = workbook;
        this.sheets = sheets;
        this.thread = new Thread(this::parseAll, threadName);
        // a reader its caller forgot to close must not keep the program from exiting
        thread.setDaemon(true);
        thread.start();
    }

    /** The next row, or null after the last one. */
    SourceRow next() throws InterruptedIOException {
        if (failure != null) {
            throw new UnreadableFileException(failure.reasonCode(), failure.detail(), failure);
        }
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the next row");
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof UnreadableFileException problem) {
            failure = problem;
            // a new exception, so the stack trace shows the caller's thread too
            throw new UnreadableFileException(problem.reasonCode(), problem.detail(), problem);
        }
        return (SourceRow) item;
    }

    /** Stops the parse, wherever it is, and waits until its thread has ended. */
    @Override
    public void close() {
        cancelled = true;
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    private void parseAll() {
        Object last = END;
        try {
            for (XlsxWorkbook.Sheet sheet : sheets) {
                workbook.parse(sheet, new XlsxRowCollector(sheet.name(), this::hand));
            }
        } catch (Throwable e) { // whatever ends the parse must reach the reader, or it waits forever
            if (cancelled) {
                return;
            }
            last = XlsxProblems.unreadable(e);
        }
        try {
            queue.put(last);
        } catch (InterruptedException e) {
            // closed: nobody waits for the end any more
        }
    }

    private void hand(SourceRow row) {
        try {
            queue.put(row);
        } catch (InterruptedException e) {
            throw new XlsxParseCancelled();
        }
    }
}
