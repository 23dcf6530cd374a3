package org.wardstat.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.wardstat.audit.AuditTrail;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;
import org.wardstat.users.ApiTokens;
import org.wardstat.users.AppUser;
import org.wardstat.users.Role;
import org.wardstat.users.UserRefused;
import org.wardstat.users.Users;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.Add.class, UsersCommand.List.class, UsersCommand.Approver.class, UsersCommand.Token.class})
class UsersCommand implements Runnable {

    @ParentCommand
    WardstatCli root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static class Add implements Callable<Integer> {

        @ParentCommand
        UsersCommand users;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", descriptionKey = "wardstat.users.add.username")
        String username;

        @Option(names = "--role", required = true, paramLabel = "admin|analyst|clerk|leader")
        String role;

        @Option(names = "--unit", required = true, paramLabel = "CODE")
        String unit;

        @Option(names = "--name", paramLabel = "TEXT")
        String displayName;

        @Option(names = "--password-stdin")
        boolean passwordStdin;

        @Option(names = "--approver")
        boolean approver;

        @Override
        public Integer call() {
            CommandLine commandLine = spec.commandLine();
            Messages messages = Messages.forLanguage(users.root.language);
            Role wanted = Role.parse(role).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                    messages.get("cli.users.unknown-role", role)));
            char[] password = passwordStdin ? firstLineOfStdin() : askTwice(messages, commandLine);
            try {
                Users.checkPassword(username, password); // refused before the database starts
                try (Wardstat app = Wardstat.start(users.root.language)) {
                    Users all = app.bean(Users.class);
                    if (approver && wanted == Role.CLERK) {
                        throw new CommandLine.ParameterException(commandLine, messages.get("users.refused.clerk-approver", username));
                    }
                    AppUser user = all.add(username, wanted, unit, displayName, password);
                    if (approver) {
                        all.setApprover(user.username(), true);
                    }
                    app.bean(AuditTrail.class).record(AuditTrail.Actor.operator(), "user-add", user.orgUnitCode(),
                            Messages.vietnamese().get("audit.user.added", user.username(), user.role().name().toLowerCase(),
                                    user.orgUnitCode(), approver ? 1 : 0));
                    app.out.println(app.messages.get("cli.users.added", user.username(),
                            app.messages.get("web.role." + user.role().name().toLowerCase()), user.orgUnitCode()));
                    return 0;
                }
            } catch (UserRefused refused) {
                commandLine.getErr().println("wardstat: " + messages.get(refused.code(), refused.args()));
                return 1;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] firstLineOfStdin() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static char[] askTwice(Messages messages, CommandLine commandLine) {
            Console console = System.console();
            if (console == null) {
                throw new CommandLine.ParameterException(commandLine, messages.get("cli.users.no-console"));
            }
            char[] first = console.readPassword("%s", messages.get("cli.users.password"));
            char[] second = console.readPassword("%s", messages.get("cli.users.password-again"));
            boolean same = first != null && Arrays.equals(first, second);
            if (second != null) {
                Arrays.fill(second, '\0');
            }
            if (!same) {
                throw new CommandLine.ParameterException(commandLine, messages.get("cli.users.passwords-differ"));
            }
            return first;
        }
    }

    /** Gives or takes the approver right: approving the months of the wards under the user's unit, locking them at a province. */
    /** A personal API token, printed once (only its hash is kept); or every token of the user revoked. */
    @Command(name = "token", mixinStandardHelpOptions = true)
    static class Token implements Callable<Integer> {

        @ParentCommand
        UsersCommand users;

        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Option(names = "--revoke")
        boolean revoke;

        @Override
        public Integer call() {
            Messages messages = Messages.forLanguage(users.root.language);
            try (Wardstat app = Wardstat.start(users.root.language)) {
                ApiTokens tokens = app.bean(ApiTokens.class);
                String unit = app.bean(Users.class).find(username).map(AppUser::orgUnitCode).orElse(null);
                if (revoke) {
                    int revoked = tokens.revoke(username);
                    app.bean(AuditTrail.class).record(AuditTrail.Actor.operator(), "user-change", unit,
                            Messages.vietnamese().get("audit.user.tokens-revoked", username, revoked));
                    app.out.println(app.messages.get("cli.users.tokens-revoked", username, revoked));
                    return 0;
                }
                String token = tokens.create(username);
                app.bean(AuditTrail.class).record(AuditTrail.Actor.operator(), "user-change", unit,
                        Messages.vietnamese().get("audit.user.token-made", username));
                app.out.println(app.messages.get("cli.users.token-made", username));
                app.out.println(token);
                return 0;
            } catch (UserRefused refused) {
                System.err.println("wardstat: " + messages.get(refused.code(), refused.args()));
                return 1;
            }
        }
    }

    /** The address a user gets the reports at by e-mail (jobs with recipients = users), and its language. */
    @Command(name = "email", mixinStandardHelpOptions = true)
    static class Email implements Callable<Integer> {

        @ParentCommand
        UsersCommand users;

        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Parameters(index = "1", paramLabel = "ADDRESS", arity = "0..1")
        String address;

        @Option(names = "--mail-language", paramLabel = "vi|en", defaultValue = "vi")
        String mailLanguage;

        @Override
        public Integer call() {
            Messages messages = Messages.forLanguage(users.root.language);
            try (Wardstat app = Wardstat.start(users.root.language)) {
                app.bean(Users.class).setEmail(username, address, mailLanguage);
                String unit = app.bean(Users.class).find(username).map(AppUser::orgUnitCode).orElse(null);
                app.bean(AuditTrail.class).record(AuditTrail.Actor.operator(), "user-change", unit,
                        Messages.vietnamese().get("audit.user.email", username, address == null ? "—" : address));
                app.out.println(app.messages.get(address == null || address.isBlank() ? "cli.users.email-off" : "cli.users.email-on",
                        username, address));
                return 0;
            } catch (UserRefused refused) {
                System.err.println("wardstat: " + messages.get(refused.code(), refused.args()));
                return 1;
            }
        }
    }

    @Command(name = "approver", mixinStandardHelpOptions = true)
    static class Approver implements Callable<Integer> {

        @ParentCommand
        UsersCommand users;

        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Parameters(index = "1", paramLabel = "yes|no")
        String choice;

        @Override
        public Integer call() {
            Messages messages = Messages.forLanguage(users.root.language);
            if (!choice.equals("yes") && !choice.equals("no")) {
                System.err.println("wardstat: " + messages.get("cli.users.approver-choice", choice));
                return WrongUsage.EXIT_CODE;
            }
            try (Wardstat app = Wardstat.start(users.root.language)) {
                app.bean(Users.class).setApprover(username, choice.equals("yes"));
                String unit = app.bean(Users.class).find(username).map(AppUser::orgUnitCode).orElse(null);
                app.bean(AuditTrail.class).record(AuditTrail.Actor.operator(), "user-change", unit,
                        Messages.vietnamese().get(choice.equals("yes") ? "audit.user.approver-on" : "audit.user.approver-off", username));
                app.out.println(app.messages.get(choice.equals("yes") ? "cli.users.approver-on" : "cli.users.approver-off", username));
                return 0;
            } catch (UserRefused refused) {
                System.err.println("wardstat: " + messages.get(refused.code(), refused.args()));
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static class List implements Callable<Integer> {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        @ParentCommand
        UsersCommand users;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(users.root.language)) {
                java.util.List<AppUser> all = app.bean(Users.class).list();
                ZoneId zone = app.bean(WardstatProperties.class).zone(); // Việt Nam's day, whatever the server's zone
                if (all.isEmpty()) {
                    app.out.println(app.messages.get("cli.users.none"));
                }
                for (AppUser user : all) {
                    app.out.printf("  %-20s %-22s %-16s %-28s %s%s%n", user.username(),
                            app.messages.get("web.role." + user.role().name().toLowerCase()), user.orgUnitCode(), user.displayName(),
                            user.createdAt().atZone(zone).format(DAY),
                            (user.approver() ? "  " + app.messages.get("cli.users.approver") : "")
                                    + (user.enabled() ? "" : "  " + app.messages.get("cli.users.disabled")));
                }
                return 0;
            }
        }
    }
}
