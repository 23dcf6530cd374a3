package org.wardstat;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.wardstat.cli.WardstatCli;

/**
 * The Spring application behind the command line. Nothing runs merely because it started:
 * jobs are launched by the commands in {@link org.wardstat.cli}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WardstatApplication {

    public static void main(String[] args) {
        System.exit(WardstatCli.run(args));
    }
}
