package org.wardstat.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.wardstat.jobs.JobScheduler;
import org.wardstat.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true)
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:WARDSTAT_PORT:-8080}")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        Wardstat app = Wardstat.startWeb(root.language, port);
        CountDownLatch stopped = new CountDownLatch(1);
        app.context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> stopped.countDown());

        // the jobs in jobs/ fire on their schedules while the web server runs; a bad job file stops the start here
        try {
            app.bean(JobScheduler.class).start();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }

        int actualPort = ((WebServerApplicationContext) app.context).getWebServer().getPort();
        app.out.println(app.messages.get("cli.serve.url", "http://localhost:" + actualPort + "/"));
        if (app.bean(Users.class).list().isEmpty()) {
            app.out.println(app.messages.get("cli.serve.no-users"));
        }
        // Ctrl+C closes the context through Spring's shutdown hook; until then the server runs
        stopped.await();
        return 0;
    }
}
