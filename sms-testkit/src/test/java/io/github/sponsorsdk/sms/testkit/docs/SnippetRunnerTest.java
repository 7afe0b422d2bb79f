package io.github.sponsorsdk.sms.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.testkit.docs.MarkdownBlocks.Block;
import io.github.sponsorsdk.sms.testkit.docs.SnippetSource.ClaimKind;
import io.github.sponsorsdk.sms.testkit.docs.SnippetSource.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker of the documentation's blocks, checked: a true claim passes, and each way a block can lie (a wrong
 * value, a missing exception, a line it does not print, an unchecked value in a comment, code that does not compile)
 * fails, naming the Markdown line. Without these, {@link DocSnippetsTest} could pass by checking nothing.
 */
class SnippetRunnerTest {

  /** The blocks under test, as a Markdown file would hold them; each test names its block by heading. */
  static final String MARKDOWN = """
      # true
      ```java
      int two = 1 + 1;                       // => 2
      String.join("-", List.of("a", "b"));   // => a-b
      Optional.of(LocalDate.of(2027, 1, 13)) // a statement over two lines
          .map(d -> d.plusDays(1));          // => Optional[2027-01-14]; a remark after the value
      " quoted ".strip();                    // => "quoted"
      Integer.parseInt("x");                 // => throws NumberFormatException
      List.of(1, 2, 3).size();
      // => 3
      licence.number();                      // => QHDGHB91X; a given name of SnippetContext
      System.out.println("first line");
      System.out.println("second line, with more");
      // prints: first line
      // prints: second ... more
      ```

      # wrong value
      ```java
      int two = 1 + 1;   // => 3
      ```

      # wrong expression value
      ```java
      LocalDate.of(2026, 12, 24).plusDays(20);   // => 2027-01-12
      ```

      # no exception
      ```java
      Integer.parseInt("7");   // => throws NumberFormatException
      ```

      # not printed
      ```java
      System.out.println("second");
      System.out.println("first");
      // prints: first
      // prints: second
      ```

      # unchecked value
      ```java
      int days = 9;   // 9: half-open
      boolean b = true; // true if it works
      ```

      # claim without a statement
      ```java
      // => 3
      int x = 3;
      ```

      # does not compile
      ```java
      int x = 1;
      header.toString();
      ```

      # test class
      ```java
      @Test
      void aTest() {
        assertThat(licence.routes()).isNotEmpty();
      }
      ```

      # failing test class
      ```java
      @Test
      void aTest() {
        assertThat(1 + 1).isEqualTo(3);
      }
      ```

      # module
      ```java
      module com.example.check {
        requires io.github.sponsorsdk.sms.core;
      }
      ```

      # unknown module
      ```java
      module com.example.check {
        requires io.github.sponsorsdk.sms.nosuchmodule;
      }
      ```

      # whole class
      ```java
      class WholeTest {
        @RegisterExtension
        static SmsExtension sms = SmsExtension.create();

        @Test
        void runs() {
          assertThat(sms.get().clock().instant()).isNotNull();
        }
      }
      ```

      # members without tests
      ```java
      static final List<String> NAMES = List.of("a");
      final int size = NAMES.size();   // => 1
      ```

      # wrong field claim
      ```java
      final int size = List.of("a", "b").size();   // => 1
      ```
      """;

  static Map<String, SnippetSource> byHeading;
  static SnippetRunner runner;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    Path markdown = dir.resolve("CHECK.md");
    Files.writeString(markdown, MARKDOWN, StandardCharsets.UTF_8);
    List<Block> blocks = MarkdownBlocks.read(markdown, "CHECK.md");
    List<SnippetSource> snippets = blocks.stream().map(SnippetSource::new).toList();
    byHeading = snippets.stream().collect(Collectors.toMap(s -> s.block.heading(), Function.identity()));
    runner = new SnippetRunner(Path.of("target", "doc-snippets-check"), snippets);
  }

  @Test
  void blocksAreFoundWithTheirLinesAndKinds() {
    assertThat(byHeading).hasSize(15);
    SnippetSource truth = byHeading.get("true");
    assertThat(truth.block.firstLine()).isEqualTo(3);
    assertThat(truth.kind).isEqualTo(Kind.STATEMENTS);
    assertThat(byHeading.get("test class").kind).isEqualTo(Kind.MEMBERS);
    assertThat(byHeading.get("whole class").kind).isEqualTo(Kind.CLASS);
    assertThat(byHeading.get("members without tests").kind).isEqualTo(Kind.MEMBERS);
    assertThat(byHeading.get("module").kind).isEqualTo(Kind.MODULE);
    assertThat(truth.claims).extracting(c -> c.kind()).containsExactly(ClaimKind.VALUE, ClaimKind.VALUE,
        ClaimKind.VALUE, ClaimKind.VALUE, ClaimKind.THROWS, ClaimKind.VALUE, ClaimKind.VALUE, ClaimKind.PRINTS,
        ClaimKind.PRINTS);
  }

  @Test
  void trueClaimsPass() {
    assertThatCode(() -> runner.check(byHeading.get("true"))).doesNotThrowAnyException();
    assertThatCode(() -> runner.check(byHeading.get("test class"))).doesNotThrowAnyException();
    assertThatCode(() -> runner.check(byHeading.get("module"))).doesNotThrowAnyException();
    assertThatCode(() -> runner.check(byHeading.get("whole class"))).doesNotThrowAnyException();
    assertThatCode(() -> runner.check(byHeading.get("members without tests"))).doesNotThrowAnyException();
  }

  @Test
  void aWrongValueFailsAtItsLine() {
    assertThatThrownBy(() -> runner.check(byHeading.get("wrong value")))
        .hasMessage("CHECK.md:20: the comment claims \"3\" but the code gives \"2\"");
    assertThatThrownBy(() -> runner.check(byHeading.get("wrong expression value")))
        .hasMessage("CHECK.md:25: the comment claims \"2027-01-12\" but the code gives \"2027-01-13\"");
  }

  @Test
  void aWrongFieldValueFails() {
    assertThatThrownBy(() -> runner.check(byHeading.get("wrong field claim")))
        .hasMessage("CHECK.md:110: the comment claims \"1\" but the code gives \"2\"");
  }

  @Test
  void aMissingExceptionFails() {
    assertThatThrownBy(() -> runner.check(byHeading.get("no exception")))
        .hasMessage("CHECK.md:30: the comment claims it throws NumberFormatException but it completed");
  }

  @Test
  void printedLinesAreCheckedInOrder() {
    assertThatThrownBy(() -> runner.check(byHeading.get("not printed")))
        .hasMessageStartingWith("CHECK.md:38: the comment claims the block prints \"second\" after the line claimed "
            + "before it, but it printed:");
  }

  @Test
  void aValueInACommentThatIsNotAClaimIsRefused() {
    assertThatThrownBy(() -> runner.check(byHeading.get("unchecked value")))
        .hasMessageContaining("CHECK.md:43: the comment \"// 9: half-open\" reads like a claimed value")
        .hasMessageContaining("CHECK.md:44: the comment \"// true if it works\" reads like a claimed value");
  }

  @Test
  void aClaimMustFollowAStatement() {
    assertThatThrownBy(() -> runner.check(byHeading.get("claim without a statement")))
        .hasMessageContaining("CHECK.md:49: a \"// =>\" claim must end the line of a statement");
  }

  @Test
  void compileErrorsNameTheMarkdownLine() {
    assertThatThrownBy(() -> runner.check(byHeading.get("does not compile")))
        .hasMessageStartingWith("CHECK.md:56: cannot find symbol").hasMessageContaining("symbol:   variable header");
    assertThatThrownBy(() -> runner.check(byHeading.get("unknown module")))
        .hasMessageContaining("CHECK.md:85: module not found: io.github.sponsorsdk.sms.nosuchmodule");
  }

  @Test
  void aFailingTestClassBlockFails() {
    assertThatThrownBy(() -> runner.check(byHeading.get("failing test class")))
        .hasMessageContaining("a test of the block failed").hasMessageContaining("expected: 3");
  }

  @Test
  void ellipsisStandsForAnyTextAndQuotesAreOptional() {
    assertThat(SnippetContext.matches("SMS Manual 1 (edition of 2023-06-19)", "SMS Manual 1 (edition ...)")).isTrue();
    assertThat(SnippetContext.matches("abc", "\"abc\"")).isTrue();
    assertThat(SnippetContext.matches("abc", "ab")).isFalse();
    assertThat(SnippetContext.matches("a.c", "a...")).isTrue();
  }
}
