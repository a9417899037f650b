package dev.laforge.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class DesignExampleTest {

  static final String DESIGN_EXAMPLE = """
      roles { admin editor member }
      claims { can.manage.users can.publish.posts }

      enum PostStatus { draft published archived }

      /// A person who belongs to one tenant.
      model User {
        id: uuid pk default uuid()
        tenantId: uuid tenant
        email: string unique email length(3..320)
        ssn: string pii residency(us-east) optional
        apiKey: string secret optional
        role: string default "member"
        posts: hasMany(Post)
      }

      model Post table("articles") {
        id: uuid pk
        tenantId: uuid tenant
        title: string length(1..200)
        slug: string optional
        body: text
        status: PostStatus default draft
        published: boolean default false
        publishedAt: datetime optional
        author: belongsTo(User)
        tags: manyToMany(Tag)
        index(tenantId, publishedAt)
      }

      model Tag {
        id: uuid pk
        tenantId: uuid tenant
        name: string
      }

      policy Post.read {
        ({ user, record }) => record.published === true || record.tenantId === user.tenantId
      }
      policy Post.update { record.author.id == user.id || user.role == "admin" }

      permissions {
        model Post {
          create: editor | admin if user.tenantId === record.tenantId
          delete: admin
        }
      }

      hook Post.beforeCreate {
        if (!record.slug && record.title) {
          record.slug = record.title.toLowerCase().replace(/\\s+/g, '-');
        }
      }

      extend Post {
        publish() {
          record.published = true;
          record.publishedAt = now();
          return { ok: true, id: record.id };
        }
      }
      """;

  @Test
  void designExampleParsesWithoutErrors() {
    var result = ForgeTestSupport.loadOne(DESIGN_EXAMPLE);
    assertEquals("", ForgeTestSupport.render(result.diagnostics()));
    assertNotNull(result.domain());
    System.out.println(dev.laforge.backend.ir.IrJson.write(result.domain()));
  }
}
