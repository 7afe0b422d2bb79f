package io.github.sponsorsdk.sms.testkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fenced code blocks of a Markdown file, with the line each starts on (CommonMark fences, backticks or tildes). */
final class MarkdownBlocks {
  private MarkdownBlocks() {}

  private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})\\s*([^\\s`]*)(.*)$");

  /**
   * One fenced block.
   *
   * @param file the Markdown file, relative to the repository root (as messages show it)
   * @param firstLine the number (from 1) of the block's first content line, the line after the opening fence
   * @param language the first word of the fence's info string ({@code java}), empty when none
   * @param lines the content lines
   * @param heading the text of the last heading above the block, empty when none
   */
  record Block(String file, int firstLine, String language, List<String> lines, String heading) {
    /** Where line {@code index} (from 0) of the block sits, as {@code README.md:125}. */
    String at(int index) {
      return file + ":" + (firstLine + index);
    }

    @Override
    public String toString() {
      return file + ":" + (firstLine - 1);
    }
  }

  /** Every fenced block of {@code markdown}, in order; {@code name} is how messages name the file. */
  static List<Block> read(Path markdown, String name) {
    List<String> lines;
    try {
      lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    String heading = "";
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        if (lines.get(i).startsWith("#")) {
          heading = lines.get(i).replaceFirst("^#+\\s*", "");
        }
        continue;
      }
      String fence = open.group(2);
      int indent = open.group(1).length();
      List<String> content = new ArrayList<>();
      int j = i + 1;
      for (; j < lines.size(); j++) {
        String line = lines.get(j);
        String stripped = line.strip();
        if (stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == fence.charAt(0))) {
          break;
        }
        content.add(unindent(line, indent));
      }
      blocks.add(new Block(name, i + 2, open.group(3), List.copyOf(content), heading));
      i = j;
    }
    return blocks;
  }

  private static String unindent(String line, int indent) {
    int n = 0;
    while (n < indent && n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return line.substring(n);
  }
}
