package io.github.sponsorsdk.sms.xml.internal;

import io.github.sponsorsdk.sms.xml.io.BdtReadException;
import io.github.sponsorsdk.sms.xml.io.BdtReadException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a file for reading, turning every way that can fail into a {@link Problem#IO} that says what is wrong. */
public final class Inputs {
  private Inputs() {}

  /** An open stream on {@code file}, or {@link BdtReadException} ({@link Problem#IO}) saying why not. */
  public static InputStream open(Path file) {
    if (Files.isDirectory(file)) {
      throw io(file + " is a directory, not a file", null);
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw io("no such file: " + file, e);
    } catch (AccessDeniedException e) {
      throw io("permission denied: " + file + " cannot be read by this user", e);
    } catch (IOException | SecurityException e) {
      throw io(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static BdtReadException io(String message, Exception cause) {
    return new BdtReadException(Problem.IO, message, 0, 0, -1, "", cause);
  }
}
