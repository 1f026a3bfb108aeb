package io.github.dialectic.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Who connects to a database given by URL ({@code lint --jdbc}, {@code rehearse --jdbc}): the password never on the command line. */
final class DatabaseLogin {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--user", paramLabel = "USER", description = "Database user for --jdbc.")
    String user;

    @Option(names = "--password-env", paramLabel = "NAME",
            description = "Environment variable holding the database password (never on the command line).")
    String passwordEnv;

    /**
     * Refuses {@code --user} and {@code --password-env} where no database is connected to ({@code server} false): the
     * login would be read and then never used. {@code urlOptions} names what connects, e.g. {@code --jdbc URL}.
     */
    void requireServer(boolean server, String urlOptions) {
        if (!server && (user != null || passwordEnv != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), (user != null ? "--user" : "--password-env")
                    + " is the login of a database: it goes with " + urlOptions + ", which is not given");
        }
    }

    /** The password from {@code --password-env}, null without it; a variable that is not set is a usage error. */
    String password() {
        if (passwordEnv == null) {
            return null;
        }
        String password = System.getenv(passwordEnv);
        if (password == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--password-env: the environment variable " + passwordEnv + " is not set");
        }
        return password;
    }
}
