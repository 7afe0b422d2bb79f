package io.github.sponsorsdk.sms.testkit.docs;

import io.github.sponsorsdk.sms.testkit.docs.MarkdownBlocks.Block;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java block of the documentation turned into a compilation unit whose claims are assertions.
 *
 * <p>The rules a block follows are in the README's "Development" section; in short:
 * <ul>
 *   <li>{@link Kind#MODULE}: a block that declares {@code module ...} is a module descriptor; it must compile against
 *       the SDK's modules;
 *   <li>{@link Kind#CLASS}: a block that declares a class at its left margin is a compilation unit; its classes are
 *       run with JUnit when they have {@code @Test} methods, else loaded;
 *   <li>{@link Kind#MEMBERS}: a block with a line at its left margin that starts with an annotation or a member
 *       modifier ({@code @Test}, {@code @RegisterExtension}, {@code static}, {@code private} ...) is the body of a
 *       class: run with JUnit when it has {@code @Test} methods, else instantiated (its initialisers run);
 *   <li>{@link Kind#STATEMENTS}: any other block is a sequence of statements, run in order.
 * </ul>
 * Each block is compiled in a package of its own. Names a block uses without declaring come from
 * {@link SnippetContext} (the generated class extends it; a {@code CLASS} block does not); types need no import
 * (every exported package of the four modules and the usual JDK, Jackson, AssertJ and JUnit packages are imported on
 * demand, and a block may add {@code import} lines of its own).
 *
 * <p>Claims in comments become assertions: {@code // => VALUE} after a statement asserts the value of that statement
 * (the expression, or the variable it declares or assigns) by its {@code toString()}; {@code // => "text"} asserts a
 * string; {@code // => throws Name} asserts that the statement throws an exception of that simple name;
 * {@code // prints: LINE} asserts that the block prints that line (lines checked in order). {@code ...} in a claim
 * stands for any text; {@code ; } ends the claimed value and starts a remark. A {@code // =>} comment on a line of its
 * own claims the value of the statement just above it. A comment that reads like a value (a number, a date,
 * {@code true}, {@code [..]}, {@code Optional[..]}, a quoted string) but is not marked as a claim is refused, so that
 * a claim cannot be written without being checked.
 */
final class SnippetSource {

  /** What a block is. */
  enum Kind {
    /** Statements, run in order. */
    STATEMENTS,
    /** The body of a class (fields, methods, tests). */
    MEMBERS,
    /** Whole classes. */
    CLASS,
    /** A module descriptor. */
    MODULE
  }

  /** A claim a comment makes, at line {@code index} of the block. */
  record Claim(int index, ClaimKind kind, String expected) {}

  /** How a claim is checked. */
  enum ClaimKind { VALUE, THROWS, PRINTS }

  /** The package under which each block gets a package of its own. */
  static final String PACKAGE = "docsnippets";

  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)(\\.\\*)?\\s*;\\s*$");
  private static final Pattern MODULE = Pattern.compile("^\\s*(open\\s+)?module\\s+[\\w.]+\\s*\\{.*");
  private static final Pattern TEST = Pattern.compile("^\\s*@Test\\b.*");
  /** A class declared at the left margin. */
  private static final Pattern CLASS = Pattern.compile(
      "^(?:(?:public|final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|record|enum)\\s+(\\w+).*");
  /** A member at the left margin: annotated, or starting with a modifier or {@code void}. */
  private static final Pattern MEMBER = Pattern.compile(
      "^(?:@\\w+|(?:public|protected|private|static|void)\\s).*");
  private static final Pattern DECLARATION = Pattern.compile(
      "^\\s*(?:final\\s+)?[A-Za-z_][\\w.]*(?:<.*>)?(?:\\[\\])*\\s+([a-z_]\\w*)\\s*=(?!=).*");
  private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*([a-z_]\\w*)\\s*=(?!=).*");
  private static final Pattern KEYWORD = Pattern.compile(
      "^\\s*(return|if|else|for|while|do|try|catch|finally|switch|throw|break|continue|case|default)\\b.*");
  /** A comment that starts like a value: a number or date, a boolean, a list, a map, an Optional, a quoted string. */
  private static final Pattern VALUE_LIKE = Pattern.compile(
      "^(?:-?\\d.*|true\\b.*|false\\b.*|\\[.*|\\{.*|Optional\\[.*|Optional\\.empty.*|\".*)");

  final Block block;
  final Kind kind;
  /** The package of the generated unit. */
  final String packageName;
  /** The class the unit is named after: the generated class, or the first class a {@code CLASS} block declares. */
  final String className;
  /** The classes to run: the generated class, or every class a {@code CLASS} block declares. */
  final List<String> classes = new ArrayList<>();
  /** Whether the block has {@code @Test} methods (run with JUnit). */
  final boolean hasTests;
  final List<Claim> claims = new ArrayList<>();
  final List<String> problems = new ArrayList<>();
  private final Set<String> importedNames = new TreeSet<>();
  private final List<String> imports = new ArrayList<>();
  private final String[] code;
  private final String[] comment;
  private final String[] prefix;
  private final String[] suffix;
  private final Map<Integer, String> replacedEnd = new HashMap<>();
  private int bodyOffset;

  SnippetSource(Block block) {
    this.block = block;
    this.packageName = PACKAGE + "." + unitName(block).toLowerCase(java.util.Locale.ROOT);
    int n = block.lines().size();
    code = new String[n];
    comment = new String[n];
    prefix = new String[n];
    suffix = new String[n];
    for (int i = 0; i < n; i++) {
      String line = block.lines().get(i);
      int c = commentStart(line);
      code[i] = c < 0 ? line : line.substring(0, c);
      comment[i] = c < 0 ? null : line.substring(c + 2).strip();
      prefix[i] = "";
      suffix[i] = "";
    }
    this.hasTests = block.lines().stream().anyMatch(l -> TEST.matcher(l).matches());
    block.lines().forEach(l -> {
      Matcher m = CLASS.matcher(l);
      if (m.matches()) {
        classes.add(m.group(1));
      }
    });
    boolean module = block.lines().stream().filter(l -> !l.isBlank() && !l.strip().startsWith("//")).findFirst()
        .filter(l -> MODULE.matcher(l).matches()).isPresent();
    this.kind = module ? Kind.MODULE : !classes.isEmpty() ? Kind.CLASS
        : block.lines().stream().anyMatch(l -> MEMBER.matcher(l).matches()) ? Kind.MEMBERS : Kind.STATEMENTS;
    if (kind != Kind.CLASS) {
      classes.add(unitName(block));
    }
    this.className = classes.get(0);
    if (kind != Kind.MODULE) {
      readImports();
      readClaims();
    }
  }

  /** The simple names the block imports itself (they win over the on-demand imports). */
  Set<String> importedNames() {
    return importedNames;
  }

  /** The file of the generated unit under the generated sources' root. */
  Path sourceFile(Path root) {
    if (kind == Kind.MODULE) {
      return root.resolve(className).resolve("module-info.java");
    }
    return root.resolve(packageName.replace('.', '/')).resolve(className + ".java");
  }

  /** The source of the compilation unit, with {@code header} (imports) before the block's own imports. */
  String javaSource(List<String> header) {
    StringBuilder s = new StringBuilder();
    if (kind == Kind.MODULE) {
      block.lines().forEach(l -> s.append(l).append('\n'));
      bodyOffset = 0;
      return s.toString();
    }
    List<String> top = new ArrayList<>();
    top.add("package " + packageName + ";");
    top.addAll(header);
    top.add("import static " + SnippetContext.class.getName() + ".claim;");
    top.add("import static " + SnippetContext.class.getName() + ".claimThrows;");
    top.add("import static " + SnippetContext.class.getName() + ".snippetOut;");
    top.addAll(imports);
    top.add("// Generated from " + block + " by " + DocSnippetsTest.class.getSimpleName() + ".");
    if (kind == Kind.MEMBERS) {
      top.add("public class " + className + " extends " + SnippetContext.class.getName() + " {");
    } else if (kind == Kind.STATEMENTS) {
      top.add("public final class " + className + " extends " + SnippetContext.class.getName() + " {");
      top.add("@Override protected void run() throws Exception {");
    }
    top.forEach(l -> s.append(l).append('\n'));
    bodyOffset = top.size();
    for (int i = 0; i < code.length; i++) {
      String body = replacedEnd.getOrDefault(i, code[i]);
      body = withPrefix(body, prefix[i]).replace("System.out", "snippetOut") + suffix[i];
      s.append(body);
      if (comment[i] != null) {
        s.append(" //").append(comment[i]);
      }
      s.append('\n');
    }
    s.append(kind == Kind.MEMBERS ? "}\n" : kind == Kind.STATEMENTS ? "}}\n" : "");
    return s.toString();
  }

  /** The block line (from 0) that line {@code generatedLine} (from 1) of the generated source comes from, if any. */
  Optional<Integer> blockIndex(long generatedLine) {
    long index = generatedLine - 1 - bodyOffset;
    return index >= 0 && index < code.length ? Optional.of((int) index) : Optional.empty();
  }

  private static String withPrefix(String code, String prefix) {
    if (prefix.isEmpty()) {
      return code;
    }
    int at = 0;
    while (at < code.length() && Character.isWhitespace(code.charAt(at))) {
      at++;
    }
    return code.substring(0, at) + prefix + code.substring(at);
  }

  private void readImports() {
    for (int i = 0; i < code.length; i++) {
      Matcher m = IMPORT.matcher(code[i]);
      if (m.matches()) {
        imports.add(code[i].strip());
        if (m.group(1) == null && m.group(3) == null) {
          importedNames.add(m.group(2).substring(m.group(2).lastIndexOf('.') + 1));
        }
        code[i] = "";
      }
    }
  }

  private void readClaims() {
    Set<Integer> claimedEnds = new TreeSet<>();
    for (int i = 0; i < code.length; i++) {
      if (comment[i] == null) {
        continue;
      }
      String text = comment[i];
      if (text.startsWith("prints:")) {
        claims.add(new Claim(i, ClaimKind.PRINTS, text.substring("prints:".length()).strip()));
        continue;
      }
      if (!text.startsWith("=>")) {
        if (VALUE_LIKE.matcher(text).matches()) {
          problems.add(block.at(i) + ": the comment \"// " + text + "\" reads like a claimed value but is not "
              + "checked: write it as \"// => VALUE\" (or \"// => VALUE; remark\") so that the test asserts it, "
              + "or reword it as prose");
        }
        continue;
      }
      String claimed = text.substring(2).strip();
      int remark = claimed.indexOf("; ");
      if (remark >= 0) {
        claimed = claimed.substring(0, remark).strip();
      }
      if (claimed.isEmpty()) {
        problems.add(block.at(i) + ": \"// =>\" claims nothing");
        continue;
      }
      int end = code[i].isBlank() ? previousCodeLine(i) : i;
      if (end < 0 || !code[end].stripTrailing().endsWith(";")) {
        problems.add(block.at(i) + ": a \"// =>\" claim must end the line of a statement (a line ending in ';'), "
            + "or stand alone just below one");
        continue;
      }
      if (!claimedEnds.add(end)) {
        problems.add(block.at(i) + ": one claim per statement");
        continue;
      }
      boolean throwsClaim = claimed.startsWith("throws ");
      Claim claim = new Claim(i, throwsClaim ? ClaimKind.THROWS : ClaimKind.VALUE,
          throwsClaim ? claimed.substring("throws ".length()).strip() : claimed);
      if (rewrite(claim, end)) {
        claims.add(claim);
      }
    }
  }

  /** Makes the statement that ends on line {@code end} assert {@code claim}; false (with a problem) if it cannot. */
  private boolean rewrite(Claim claim, int end) {
    int start = statementStart(end);
    String first = code[start];
    String where = javaString(block.at(claim.index()));
    String expected = javaString(claim.expected());
    if (KEYWORD.matcher(first).matches() || first.strip().startsWith("}")) {
      problems.add(block.at(claim.index()) + ": a claim follows an expression or a declaration, not a '"
          + first.strip().split("\\s")[0] + "' statement");
      return false;
    }
    Matcher declared = DECLARATION.matcher(first);
    Matcher assigned = ASSIGNMENT.matcher(first);
    Optional<String> variable = declared.matches() ? Optional.of(declared.group(1))
        : assigned.matches() ? Optional.of(assigned.group(1)) : Optional.empty();
    if (claim.kind() == ClaimKind.THROWS) {
      if (variable.isPresent()) {
        problems.add(block.at(claim.index()) + ": \"// => throws\" needs an expression statement, not a declaration");
        return false;
      }
      prefix[start] = "claimThrows(() -> { " + prefix[start];
      suffix[end] = " }, " + expected + ", " + where + ");" + suffix[end];
      return true;
    }
    if (variable.isPresent()) {
      String check = "claim(" + variable.get() + ", " + expected + ", " + where + ");";
      // A field of a class body is checked by an instance initialiser right after it.
      boolean field = kind != Kind.STATEMENTS && depthBefore(start) == (kind == Kind.CLASS ? 1 : 0);
      suffix[end] = (field ? " { " + check + " }" : " " + check) + suffix[end];
      return true;
    }
    String line = code[end].stripTrailing();
    prefix[start] = "claim(" + prefix[start];
    replacedEnd.put(end, line.substring(0, line.length() - 1) + ", " + expected + ", " + where + ");");
    return true;
  }

  /** The first line of the statement that ends on line {@code end}: brackets balanced, previous line a boundary. */
  private int statementStart(int end) {
    int depth = depth(code[end]);
    int start = end;
    while (true) {
      int previous = previousCodeLine(start);
      if (previous < 0) {
        return start;
      }
      String p = code[previous].stripTrailing();
      boolean boundary = p.endsWith(";") || p.endsWith("{") || p.endsWith("}");
      if (depth >= 0 && boundary) {
        return start;
      }
      depth += depth(code[previous]);
      start = previous;
    }
  }

  /** The bracket depth at the start of line {@code i}. */
  private int depthBefore(int i) {
    int d = 0;
    for (int j = 0; j < i; j++) {
      d += depth(code[j]);
    }
    return d;
  }

  private int previousCodeLine(int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!code[j].isBlank()) {
        return j;
      }
    }
    return -1;
  }

  /** Openers minus closers of {@code ()[]{}} outside literals. */
  private static int depth(String code) {
    int d = 0;
    char quote = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        d++;
      } else if (c == ')' || c == ']' || c == '}') {
        d--;
      }
    }
    return d;
  }

  /** Where the line's {@code //} comment starts, outside string and character literals; -1 if it has none. */
  static int commentStart(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        return i;
      }
    }
    return -1;
  }

  /** {@code s} as a Java string literal. */
  static String javaString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String unitName(Block block) {
    String base = block.file().replaceAll("\\.md$", "").replaceAll("[^A-Za-z0-9]+", "_");
    return "Snippet_" + base + "_" + (block.firstLine() - 1);
  }
}
