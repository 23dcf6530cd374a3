package org.wardstat.jobs;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.MessageChannels;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.messaging.PollableChannel;
import org.wardstat.system.WardstatProperties;

/**
 * Wiring of remote partitioning (Spring Batch's, from spring-batch-integration): the process that
 * runs a job sends each render partition as a message and learns how it ended by polling the job
 * repository; worker processes ({@code wardstat worker}) take the messages and run the
 * {@code render-units} step. The queue is PostgreSQL itself by default (Spring Integration's JDBC
 * channel message store, table {@code int_channel_message}), or RabbitMQ.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration // Boot's integration auto-configuration needs its starter; this is all the flows here need
@ConditionalOnExpression("'${wardstat.render.transport:local}' != 'local'")
class RemotePartitionsConfiguration {

    /** The queue's name: a table group in PostgreSQL, a queue in RabbitMQ. */
    static final String QUEUE = "wardstat.render-partitions";

    @Bean
    @ConditionalOnProperty(name = "wardstat.render.transport", havingValue = "jdbc")
    JdbcChannelMessageStore renderQueueStore(DataSource dataSource) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        // FOR UPDATE SKIP LOCKED: two workers polling at once never take the same partition
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        // what a message of the queue may hold when it is read back (Java serialization): the request, and the message around it
        store.addAllowedPatterns(StepExecutionRequest.class.getName(), "org.springframework.messaging.*", "org.springframework.integration.*",
                "java.util.*", "java.lang.*");
        return store;
    }

    @Bean
    @ConditionalOnProperty(name = "wardstat.render.transport", havingValue = "jdbc")
    PollableChannel renderRequests(JdbcChannelMessageStore renderQueueStore) {
        return MessageChannels.queue(renderQueueStore, QUEUE).getObject();
    }

    /** The queue in RabbitMQ, declared by Boot's RabbitAdmin at the first connection; it survives a broker restart. */
    @Bean
    @ConditionalOnProperty(name = "wardstat.render.transport", havingValue = "rabbitmq")
    Queue renderQueue() {
        return new Queue(QUEUE, true);
    }

    @Bean
    @ConditionalOnProperty(name = "wardstat.render.transport", havingValue = "rabbitmq")
    PollableChannel renderRabbitRequests(ConnectionFactory connectionFactory) {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        // only the request travels (its payload, not the message around it), and only it may be read back
        converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
        return Amqp.pollableChannel(connectionFactory).queueName(QUEUE).extractPayload(true).amqpMessageConverter(converter)
                .getObject();
    }

    /** The manager's side: one message a partition, then the job repository is asked every second how they are. */
    @Bean
    PartitionHandler renderPartitions(List<PollableChannel> requests, JobRepository jobRepository, WardstatProperties properties) {
        MessagingTemplate template = new MessagingTemplate();
        template.setDefaultChannel(requests.get(0));
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setMessagingOperations(template);
        handler.setStepName(RenderStepConfiguration.WORKER_STEP);
        handler.setGridSize(properties.render().partitionCount());
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(1000);
        return handler;
    }

    /**
     * The worker's side, only in a {@code wardstat worker} process: one partition at a time,
     * taken when the worker is free, so busy workers leave the rest to the others.
     */
    @Bean
    @ConditionalOnProperty(name = "wardstat.render.worker", havingValue = "true")
    IntegrationFlow renderWorker(List<PollableChannel> requests, JobRepository jobRepository, Step renderUnits) {
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        StepLocator onlyRenderUnits = stepName -> renderUnits; // the one step a partition can name
        handler.setStepLocator(onlyRenderUnits);
        return IntegrationFlow.from(requests.get(0))
                .handle(message -> handler.handle((StepExecutionRequest) message.getPayload()),
                        endpoint -> endpoint.poller(Pollers.fixedDelay(Duration.ofMillis(500)).maxMessagesPerPoll(1)))
                .get();
    }
}
