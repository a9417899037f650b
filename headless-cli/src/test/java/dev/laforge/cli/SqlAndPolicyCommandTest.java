package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forge sql} and {@code forge policy explain} on the blog example. */
class SqlAndPolicyCommandTest {

  static final String TENANT = "11111111-1111-1111-1111-111111111111";
  static final String OTHER = "99999999-9999-9999-9999-999999999999";

  @TempDir Path dir;
  Path blog;

  @BeforeEach
  void copy() {
    blog = TestFiles.copyExample("blog", dir);
  }

  @Test
  void sqlPrintsEachDialectsSchema() {
    assertTrue(Cli.run("sql", blog).assertExit(ExitCode.OK).out().contains("CREATE TABLE \"posts\""));
    String mysql = Cli.run("sql", "--dialect", "mariadb", blog).assertExit(ExitCode.OK).out();
    assertTrue(mysql.contains("CREATE TABLE `posts`"), mysql);
    String sqlite = Cli.run("sql", "--dialect", "sqlite", blog).assertExit(ExitCode.OK).out();
    assertTrue(sqlite.contains("FOREIGN KEY"), sqlite);
  }

  @Test
  void sqlRlsPrintsPoliciesForPostgresOnly() {
    String rls = Cli.run("sql", "--rls", blog).assertExit(ExitCode.OK).out();
    assertTrue(rls.contains("FORCE ROW LEVEL SECURITY"), rls);
    assertTrue(rls.contains("AS RESTRICTIVE"), rls);
    Cli.Result r = Cli.run("sql", "--rls", "--dialect", "sqlite", blog).assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(r.err().contains("PostgreSQL only"), r.transcript());
    Cli.run("sql", "--dialect", "oracle", blog).assertExit(ExitCode.USAGE).assertNoStackTrace();
  }

  @Test
  void explainAllowsAPublishedPostInTheTenantAndNamesTheClause() {
    Cli.Result r = Cli.run("policy", "explain", "Post.read", blog,
        "--user", "{\"id\":\"22222222-2222-2222-2222-222222222222\",\"tenantId\":\"" + TENANT + "\"}",
        "--record", "{\"tenantId\":\"" + TENANT + "\",\"published\":true}").assertExit(ExitCode.OK).assertNoStackTrace();
    assertTrue(r.out().startsWith("allow  Post.read"), r.transcript());
    assertTrue(r.out().contains("decided by: policy Post.read"), r.transcript());
  }

  @Test
  void explainDeniesAnotherTenantsRowByTheTenantGuard() {
    Cli.Result r = Cli.run("policy", "explain", "Post.read", blog,
        "--user", "{\"tenantId\":\"" + TENANT + "\"}",
        "--record", "{\"tenantId\":\"" + OTHER + "\",\"published\":true}").assertExit(ExitCode.OK);
    assertTrue(r.out().startsWith("deny  Post.read"), r.transcript());
    assertTrue(r.out().contains("decided by: tenant guard"), r.transcript());
  }

  @Test
  void explainWithoutContextDenies() {
    Cli.Result r = Cli.run("policy", "explain", "Post.delete", blog, "--record", "{\"tenantId\":\"" + TENANT + "\"}")
        .assertExit(ExitCode.OK);
    assertTrue(r.out().startsWith("deny"), r.transcript());
  }

  @Test
  void explainRejectsBadArguments() {
    Cli.run("policy", "explain", "Post.publish", blog).assertExit(ExitCode.USAGE).assertNoStackTrace();
    Cli.run("policy", "explain", "Nope.read", blog).assertExit(ExitCode.USAGE).assertNoStackTrace();
    Cli.Result r = Cli.run("policy", "explain", "Post.read", blog, "--user", "{not json").assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(r.err().contains("invalid JSON"), r.transcript());
    Cli.run("policy", "explain", "Post.read", blog, "--user", "{\"admin\":true}").assertExit(ExitCode.USAGE);
    Cli.run("policy", "explain", "Post.read", blog, "--record", "[1]").assertExit(ExitCode.USAGE);
    assertEquals(ExitCode.OK, Cli.run("policy").exitCode());
  }
}
