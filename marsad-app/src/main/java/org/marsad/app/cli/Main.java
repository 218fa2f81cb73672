package org.marsad.app.cli;

/** Entry point of {@code marsad}. */
public final class Main {
  private Main() {}

  @SuppressForbidden
  public static void main(String[] args) {
    System.exit(0);
  }
}
