package org.wardstat.cli;

import java.io.PrintStream;
import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wardstat.WardstatApplication;
import org.wardstat.system.DatabaseServer;
import org.wardstat.system.Messages;

/** A running wardstat: the Spring application a command works with, closed when it is done. */
final class Wardstat implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final Messages messages;
    final PrintStream out;

    private Wardstat(ConfigurableApplicationContext context, Messages messages, PrintStream out) {
        this.context = context;
        this.messages = messages;
        this.out = out;
    }

    /** A command: it speaks through its own lines; what the libraries log goes to the log file only. */
    static Wardstat start(String language) {
        return start(language, new SpringApplicationBuilder(WardstatApplication.class), "--logging.threshold.console=OFF");
    }

    /**
     * The application as a servlet web app on a port (0: any free one). The type is also passed
     * as an argument because application.properties says "none" for every other command, and
     * properties would otherwise override the builder. Its console is the server's log; other
     * commands may use its embedded database while it runs.
     */
    static Wardstat startWeb(String language, int port) {
        return start(language, new SpringApplicationBuilder(WardstatApplication.class).web(WebApplicationType.SERVLET),
                "--spring.main.web-application-type=servlet", "--server.port=" + port, "--wardstat.db.embedded-shared=true");
    }

    private static Wardstat start(String language, SpringApplicationBuilder builder, String... args) {
        System.setProperty("java.awt.headless", "true");
        String[] withLog = Arrays.copyOf(args, args.length + 1);
        withLog[args.length] = "--logging.file.name=" + LogFile.path();
        ConfigurableApplicationContext context = builder.logStartupInfo(false).run(withLog);
        Messages messages = Messages.forLanguage(language);
        PrintStream out = System.out;
        out.println(context.getBean(DatabaseServer.class).describe(messages));
        return new Wardstat(context, messages, out);
    }

    /** A window still to come is a wrong request: says so with the current month and returns true. */
    boolean refusesFuture(org.wardstat.analytics.Window window) {
        org.wardstat.analytics.CurrentPeriod current = bean(org.wardstat.analytics.CurrentPeriod.class);
        if (!current.isFuture(window)) {
            return false;
        }
        out.println(messages.get("cli.period.future", org.wardstat.report.PeriodLabels.name(window, messages),
                String.format("%02d/%d", current.month().getMonthValue(), current.month().getYear())));
        return true;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
