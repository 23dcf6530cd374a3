package org.wardstat.jobs;

import org.junit.jupiter.api.Tag;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The same two worker processes and the same killed worker, with the partitions in RabbitMQ
 * (127.0.0.1:5672, guest/guest) instead of PostgreSQL. Needs the broker: runs in the
 * {@code services} profile, which CI turns on.
 */
@Tag("rabbitmq")
@TestPropertySource(properties = "wardstat.render.transport=rabbitmq")
class RabbitWorkersTest extends RemoteWorkersTest {

    @Autowired
    AmqpAdmin rabbit;

    @Override
    String transport() {
        return "rabbitmq";
    }

    @Override
    String queueName() {
        return "RabbitMQ";
    }

    @Override
    void emptyTheQueue() {
        rabbit.declareQueue(new org.springframework.amqp.core.Queue(RemotePartitionsConfiguration.QUEUE, true));
        rabbit.purgeQueue(RemotePartitionsConfiguration.QUEUE, false);
    }
}
