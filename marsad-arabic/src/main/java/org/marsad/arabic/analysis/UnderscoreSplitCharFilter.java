package org.marsad.arabic.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads underscores as spaces, so hashtags that join words (#السعودية_اليوم) give one token per
 * word. One char for one char, so offsets need no correction; cheaper than a mapping filter.
 */
final class UnderscoreSplitCharFilter extends CharFilter {
  UnderscoreSplitCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = input.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      if (buffer[i] == '_') {
        buffer[i] = ' ';
      }
    }
    return n;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
