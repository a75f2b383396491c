// turngraph's development Neo4j server: an embedded Community DBMS with the Bolt connector enabled.
// Started by scripts/neo4j.js; listens on 127.0.0.1:$NEO4J_BOLT_PORT with auth, password from NEO4J_PASSWORD.
package turngraph;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: Neo4jLauncher HOME_DIR");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", "turngraph-dev");
        long pageCache = ByteUnit.mebiBytes(Long.parseLong(env("NEO4J_PAGECACHE_MB", "512")));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("turngraph-neo4j: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "turngraph-neo4j-shutdown"));

        // Embedded transactions bypass auth, so the password is (re)set here on every start:
        // changing NEO4J_PASSWORD and restarting is all a user needs to do.
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Restarting with an unchanged password: Neo4j refuses to "change" it to itself, which is fine.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                System.err.println("turngraph-neo4j: cannot set the password: " + e.getMessage());
                dbms.shutdown();
                System.exit(1);
            }
        }
        System.out.println("turngraph-neo4j: Neo4j Community ready, Bolt on " + host + ":" + port);
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
