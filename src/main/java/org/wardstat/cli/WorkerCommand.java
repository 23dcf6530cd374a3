package org.wardstat.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * A worker process: takes render partitions from the shared queue and renders them until it is
 * stopped. Spring Batch's remote partitioning does the work ({@code RemotePartitionsConfiguration});
 * this command only starts the application in its worker role and keeps it alive.
 */
@Command(name = "worker", mixinStandardHelpOptions = true)
class WorkerCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @Override
    public Integer call() throws InterruptedException {
        System.setProperty("wardstat.render.worker", "true");
        try (Wardstat app = Wardstat.start(root.language)) {
            String transport = app.bean(WardstatProperties.class).render().transportName();
            if (transport.equals("local")) {
                app.out.println(app.messages.get("cli.worker.local"));
                return WrongUsage.EXIT_CODE;
            }
            app.out.println(app.messages.get("cli.worker.waiting", transport.equals("jdbc") ? "PostgreSQL" : "RabbitMQ"));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "wardstat-worker-stop"));
            stopped.await();
            return 0;
        }
    }
}
