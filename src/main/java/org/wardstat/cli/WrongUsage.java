package org.wardstat.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.wardstat.system.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command typed wrong gets one line in the user's language naming the option and the forms it
 * takes ("wardstat: --month: “2024-13” không đọc được; dùng tháng dạng 2024-12, 12/2024 hoặc
 * T12/2024."), exit code 2, and no usage dump or exception text: the full help is a --help away.
 */
final class WrongUsage implements CommandLine.IParameterExceptionHandler {

    static final int EXIT_CODE = 2;

    private final Messages messages;

    WrongUsage(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        ex.getCommandLine().getErr().println("wardstat: " + line(ex));
        return EXIT_CODE;
    }

    String line(ParameterException ex) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return messages.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()), command);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return messages.get("cli.usage.missing", names(missing.getMissing()), command);
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            // picocli says "Error: --month=YYYY-MM, --year=YYYY are mutually exclusive (specify only one)"
            return messages.get("cli.usage.exclusive", ex.getMessage().replaceAll("^Error: | are mutually exclusive.*$", ""), command);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException) {
            return messages.get("cli.usage.twice", name(ex.getArgSpec()), command);
        }
        ArgSpec argument = ex.getArgSpec();
        if (ex.getClass() == ParameterException.class && argument != null && ex.getValue() != null) {
            return messages.get("cli.usage.value", name(argument), ex.getValue(), forms(argument));
        }
        if (ex.getClass() == ParameterException.class && argument == null) {
            return ex.getMessage(); // a command's own sentence, already in the user's language
        }
        return messages.get("cli.usage.other", ex.getMessage(), command);
    }

    /** "dùng tháng dạng 2024-12, 12/2024 hoặc T12/2024": the forms of the option's kind of value, by its label. */
    private String forms(ArgSpec argument) {
        String key = "cli.forms." + argument.paramLabel().replaceAll("[^A-Za-z0-9,-]", "");
        try {
            return messages.get(key);
        } catch (IllegalArgumentException unknownLabel) {
            return argument.paramLabel();
        }
    }

    private static String names(List<ArgSpec> arguments) {
        return arguments.stream().map(WrongUsage::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec argument) {
        return argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
    }
}
