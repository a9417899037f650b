package dev.laforge.backend.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {

  @ParameterizedTest
  @CsvSource({
    "publishedAt, published_at",
    "HTTPServer, http_server",
    "userId2, user_id2",
    "PostStatus, post_status",
    "already_snake, already_snake",
    "id, id",
    "ID, id",
    "userID, user_id",
    "parseHTTPResponse, parse_http_response",
    "Order2Item, order2_item",
    "user_Id, user_id",
  })
  void snakeCase(String input, String expected) {
    assertEquals(expected, Naming.snakeCase(input));
  }

  @ParameterizedTest
  @CsvSource({
    "Company, Companies", "Person, People", "Child, Children", "Status, Statuses",
    "Address, Addresses", "Box, Boxes", "Category, Categories", "Key, Keys", "Leaf, Leaves",
    "Analysis, Analyses", "Datum, Data", "Index, Indexes", "Quiz, Quizzes", "Man, Men",
    "Sheep, Sheep", "Series, Series", "News, News", "Photo, Photos", "Hero, Heroes", "Bus, Buses",
    "Church, Churches", "user, users", "day, days", "wish, wishes", "alias, aliases",
    "Settings, Settings", "notes, notes", "human, humans", "Woman, Women",
  })
  void pluralOfOneWord(String word, String expected) {
    assertEquals(expected, Naming.plural(word));
  }

  @ParameterizedTest
  @CsvSource({
    "OrderItem, OrderItems", "order_person, order_people", "SalesAnalysis, SalesAnalyses",
    "HTTPProxy, HTTPProxies", "blog_category, blog_categories",
  })
  void pluralChangesOnlyTheLastWord(String word, String expected) {
    assertEquals(expected, Naming.plural(word));
  }

  @ParameterizedTest
  @CsvSource({
    "User, users", "OrderItem, order_items", "Company, companies", "Person, people",
    "PostStatus, post_statuses", "HTTPServer, http_servers", "Sheep, sheep", "UserSettings, user_settings",
  })
  void tableName(String model, String expected) {
    assertEquals(expected, Naming.tableName(model));
  }

  @Test
  void columnsForeignKeysAndEnums() {
    assertEquals("published_at", Naming.columnName("publishedAt"));
    assertEquals("authorId", Naming.foreignKeyFieldName("author"));
    assertEquals("parentCategoryId", Naming.foreignKeyFieldName("parentCategory"));
    assertEquals("order_item_id", Naming.joinColumnName("OrderItem"));
    assertEquals("user_id", Naming.joinColumnName("User"));
    assertEquals("post_status", Naming.enumTypeName("PostStatus"));
  }

  @Test
  void joinTableNamesAreSorted() {
    assertEquals("posts_tags", Naming.joinTableName("posts", "tags"));
    assertEquals("posts_tags", Naming.joinTableName("tags", "posts"));
    assertEquals("users_users", Naming.joinTableName("users", "users"));
  }
}
