package com.example.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs each part of {@link Parts} in a fresh JVM on this JVM's module path, with no other option, and judges it:
 * a part passes when it exits 0, prints exactly its own {@code "<part>: ok, ..."} line on standard output and
 * nothing at all on standard error (no logging banner, no "no providers" notice, no warning).
 * Every part must pass; the run fails otherwise.
 */
public final class Driver {

  static final List<String> PARTS = List.of("values", "bdt", "calendars", "fake");

  private Driver() {}

  public static void main(String[] args) throws Exception {
    String modulePath = System.getProperty("jdk.module.path");
    if (modulePath == null || modulePath.isBlank()) {
      throw new IllegalStateException("Driver must itself run on the module path");
    }
    List<String> problems = new ArrayList<>();
    for (String part : PARTS) {
      Result r = run(modulePath, part);
      boolean passed = r.exitCode == 0 && r.err.isEmpty() && r.out.strip().lines().count() == 1
          && r.out.startsWith(part + ": ok, ");
      if (passed) {
        System.out.println("PASS          " + r.out.strip());
      } else {
        problems.add(part + ": " + r.summary());
        System.out.println("FAIL          " + part + ": " + r.summary());
      }
    }
    if (!problems.isEmpty()) {
      System.out.println(problems.size() + " problem(s):");
      problems.forEach(p -> System.out.println("  " + p));
      System.exit(1);
    }
  }

  private record Result(int exitCode, String out, String err) {
    String summary() {
      return "exit " + exitCode + "; stdout " + quote(out) + "; stderr " + quote(err);
    }

    private static String quote(String s) {
      String t = s.strip();
      return t.isEmpty() ? "(empty)" : "[" + (t.length() > 600 ? t.substring(0, 600) + "..." : t) + "]";
    }
  }

  private static Result run(String modulePath, String part) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "--module-path", modulePath,
        "--module", "com.example.consumer/com.example.consumer.Parts", part).start();
    p.getOutputStream().close();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, out.getNow(""), "timed out after 120 s");
    }
    return new Result(p.exitValue(), out.join(), err.join());
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
