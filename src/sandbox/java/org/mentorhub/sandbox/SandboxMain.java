package org.mentorhub.sandbox;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentorhub.adapter.ao.AoReportingLines;
import org.mentorhub.domain.UserKey;
import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.sandbox.demo.DemoData;
import org.mentorhub.sandbox.demo.DemoPeople;
import org.mentorhub.sandbox.host.SandboxUsers;
import org.mentorhub.testing.DashboardDataSet;

/**
 * {@code ./mvnw -Psandbox}: starts MentorHub in the sandbox host on http://localhost:2990/ with demo data.
 * Options: {@code --port=N}, {@code --db=h2|postgres}, {@code --data=DIR} (default {@code target/sandbox-data}).
 */
public final class SandboxMain {
    // Held so the level sticks: java.util.logging keeps loggers weakly.
    private static final Logger JERSEY_LOG = Logger.getLogger("org.glassfish.jersey");

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = 2990;
        String db = "h2";
        Path data = Path.of("target", "sandbox-data");
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring(7));
            } else if (arg.startsWith("--db=")) {
                db = arg.substring(5);
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring(7));
            } else {
                fail("unknown option " + arg + " (use --port=N, --db=h2|postgres, --data=DIR)");
            }
        }
        // Jersey reports optional features the sandbox does not use (WADL, JAXB) at WARNING on every start.
        JERSEY_LOG.setLevel(Level.SEVERE);
        long started = System.nanoTime();
        HostDatabase database = switch (db) {
            case "h2" -> HostDatabase.h2File(data.resolve("h2"));
            case "postgres" -> HostDatabase.embeddedPostgres(data.resolve("postgres"));
            default -> throw new IllegalArgumentException("--db must be h2 or postgres");
        };
        SandboxUsers users = DemoUsers.create();
        DashboardDataSet.addPeople(users);
        DemoPeople crowd = DemoPeople.generate(DemoPeople.CROWD, DemoPeople.SEED);
        crowd.addTo(users);
        SandboxHost host;
        try {
            host = SandboxHost.start(port, database, users, Path.of("node_modules"));
        } catch (IOException e) {
            database.close();
            if (e.getCause() instanceof BindException || e instanceof BindException) {
                fail("port " + port + " is already in use; stop the other process or choose another port "
                    + "with -Dsandbox.port=NNNN");
            }
            throw e;
        }
        // Demo data: the program the dashboard tests assert on (what a visitor sees there is what the tests prove) and
        // six more programs with the crowd, seeded through the use cases on an empty database only.
        long seeding = System.nanoTime();
        long seedingCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        DemoData.forHost(host, users, crowd, DemoPeople.SEED).seedIfEmpty().ifPresent(seeded ->
            System.out.printf("MentorHub sandbox: demo data seeded in %d ms (%d ms CPU): %s%n", (System.nanoTime() - seeding) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - seedingCpu) / 1_000_000, seeded));
        SandboxHost running = host;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
                System.out.println("MentorHub sandbox stopped.");
            } catch (Exception e) {
                System.err.println("MentorHub sandbox: error while stopping: " + e.getMessage());
            }
        }, "sandbox-shutdown"));
        System.out.printf("MentorHub sandbox is running on %s (database %s, started in %d ms). Press Ctrl-C to stop.%n",
            host.baseUrl(), database.type(),
            (System.nanoTime() - started) / 1_000_000);
        Thread.currentThread().join();
    }

    /**
     * The directory's reporting lines for the demo users (kept across restarts; recording again changes nothing). Tests
     * that need a line manager call it on their sandbox too.
     */
    public static void recordDemoReportingLines(SandboxHost host) {
        AoReportingLines lines = host.container().components().stream()
            .filter(AoReportingLines.class::isInstance).map(AoReportingLines.class::cast).findFirst().orElseThrow();
        DemoUsers.MANAGERS.forEach((user, manager) -> lines.record(new UserKey(user), new UserKey(manager)));
    }

    private static void fail(String message) {
        System.err.println("MentorHub sandbox: " + message);
        System.exit(1);
    }
}
