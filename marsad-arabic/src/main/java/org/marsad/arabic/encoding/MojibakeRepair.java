package org.marsad.arabic.encoding;

/** STUB: to be replaced. Repairs mojibake line by line. Thread-safe. */
public final class MojibakeRepair {

  /** Whether {@code line} looks like UTF-8 Arabic decoded with a wrong charset. */
  public boolean looksBroken(String line) {
    return false;
  }

  /** The repaired line, or {@code line} itself when no repair yields better Arabic. */
  public String repair(String line) {
    return line;
  }
}
