package dev.laforge.backend.policy;

import dev.laforge.backend.testing.PolicySampleDomains;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows and users for {@link PolicySampleDomains#blog()} chosen to hit every case: two tenants, a
 * cross-tenant author and tag, missing authors, NULL flags under negation, inactive (unreadable)
 * users, a date on the boundary, role-granted claims, unset, malformed and upper-case contexts.
 */
final class PolicyBlogFixture {

  static final String A = "aaaaaaaa-0000-4000-8000-000000000000";
  static final String B = "bbbbbbbb-0000-4000-8000-000000000000";

  private PolicyBlogFixture() {}

  static String id(char kind, int n) {
    return String.format("%c0000000-0000-4000-8000-%012d", kind, n);
  }

  static PolicyDataset dataset() {
    PolicyDataset d = new PolicyDataset(PolicySampleDomains.blog());
    team(d, 1, A, "core", true);
    team(d, 2, A, "side", null);
    team(d, 3, B, "core", true);
    team(d, 4, A, "core", false);
    user(d, 1, A, "admin", true, 1);
    user(d, 2, A, "editor", null, 2);
    user(d, 3, A, "member", false, 4);
    user(d, 4, B, "member", true, 3);
    user(d, 5, A, "tagger", true, null);
    user(d, 6, A, "tagger ", true, 1);
    post(d, 1, A, "published", true, 5, "2024-06-01T10:00:00Z", 1);
    post(d, 2, A, "draft", false, null, null, 2);
    post(d, 3, A, "archived", false, 1, "2023-12-31T23:00:00Z", 3);
    post(d, 4, A, "draft", false, null, "2024-01-01T00:00:00Z", null);
    post(d, 5, B, "published", true, 2, "2024-02-01T00:00:00Z", 4);
    post(d, 6, A, "draft", false, 0, null, 4);
    post(d, 7, A, "draft", false, -3, "2025-01-01T00:00:00Z", 3);
    post(d, 8, A, "draft", false, 7, "2023-06-01T00:00:00+02:00", 2);
    tag(d, 1, A, "featured", null);
    tag(d, 2, A, "java", "system");
    tag(d, 3, B, "featured", "tagger");
    tag(d, 4, A, "misc", "tagger");
    comment(d, 1, A, true, 1, 2);
    comment(d, 2, A, null, 1, 3);
    comment(d, 3, A, false, 2, 1);
    comment(d, 4, B, true, 5, 4);
    comment(d, 5, A, true, 3, 5);
    comment(d, 6, A, false, 7, 2);
    comment(d, 7, A, null, 8, 6);
    d.row("Setting", "id", id('5', 1), "key", "theme", "value", "dark");
    d.row("Setting", "id", id('5', 2), "key", "secret", "value", null);
    d.link("Post", "tags", id('b', 2), id('d', 1));
    d.link("Post", "tags", id('b', 2), id('d', 2));
    d.link("Post", "tags", id('b', 4), id('d', 3));
    d.link("Post", "tags", id('b', 5), id('d', 3));
    d.link("Post", "tags", id('b', 7), id('d', 4));
    return d;
  }

  /** Users by name, covering set, unset, malformed and odd-case contexts. */
  static Map<String, UserContext> users() {
    Map<String, UserContext> users = new LinkedHashMap<>();
    users.put("anonymous", UserContext.ANONYMOUS);
    users.put("admin A", new UserContext(id('a', 1), A, "admin", null, null));
    users.put("editor A", new UserContext(id('a', 2), A, "member", List.of("editor"), null));
    users.put("member A with claim", new UserContext(id('a', 3), A, "member", List.of("member"), List.of("can.read.drafts")));
    users.put("stranger A", new UserContext("0f0f0f0f-0000-4000-8000-000000000000", A, null, null, null));
    users.put("member B", new UserContext(id('a', 4), B, "member", null, null));
    users.put("malformed", new UserContext("nope", "ALSO-bad", "", List.of(), List.of()));
    users.put("upper-case editor A", new UserContext(id('a', 2).toUpperCase(), A.toUpperCase(), "editor", null, null));
    users.put("tagger A", new UserContext(id('a', 5), A, "member", List.of("tagger", "member"), List.of("can.publish.posts")));
    users.put("ADMIN A (wrong case)", new UserContext(id('a', 1), A, "ADMIN", List.of("Admin"), null));
    users.put("admin without tenant", new UserContext(id('a', 1), null, "admin", List.of("admin"), null));
    return users;
  }

  private static void team(PolicyDataset d, int n, String tenant, String name, Boolean open) {
    d.row("Team", "id", id('c', n), "tenantId", tenant, "name", name, "open", open);
  }

  private static void user(PolicyDataset d, int n, String tenant, String role, Boolean active, Integer team) {
    d.row("User", "id", id('a', n), "tenantId", tenant, "email", "u" + n + "@example.org", "role", role,
        "active", active, "teamId", team == null ? null : id('c', team));
  }

  private static void post(PolicyDataset d, int n, String tenant, String status, boolean published, Integer score,
      String publishedAt, Integer author) {
    d.row("Post", "id", id('b', n), "tenantId", tenant, "title", "post " + n, "status", status, "published", published,
        "score", score, "publishedAt", publishedAt, "authorId", author == null ? null : id('a', author));
  }

  private static void tag(PolicyDataset d, int n, String tenant, String name, String kind) {
    d.row("Tag", "id", id('d', n), "tenantId", tenant, "name", name, "kind", kind);
  }

  private static void comment(PolicyDataset d, int n, String tenant, Boolean approved, int post, int author) {
    d.row("Comment", "id", id('e', n), "tenantId", tenant, "body", "comment " + n, "approved", approved,
        "postId", id('b', post), "authorId", id('a', author));
  }
}
