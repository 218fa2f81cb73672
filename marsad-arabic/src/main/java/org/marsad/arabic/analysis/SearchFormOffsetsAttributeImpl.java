package org.marsad.arabic.analysis;

import java.util.Arrays;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Default implementation of {@link SearchFormOffsetsAttribute}. */
public final class SearchFormOffsetsAttributeImpl extends AttributeImpl
    implements SearchFormOffsetsAttribute {
  private static final int[] NONE = new int[0];

  private int[] offsets = NONE;

  @Override
  public void setRelativeOffsets(int[] offsets) {
    this.offsets = offsets.clone();
  }

  @Override
  public int relativeOffset(int index, int termLength) {
    if (offsets.length != termLength + 1 || index < 0 || index > termLength) {
      return -1;
    }
    return offsets[index];
  }

  @Override
  public void clear() {
    offsets = NONE;
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(SearchFormOffsetsAttribute.class, "relativeOffsets", offsets.clone());
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((SearchFormOffsetsAttribute) target).setRelativeOffsets(offsets);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SearchFormOffsetsAttributeImpl o && Arrays.equals(offsets, o.offsets);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(offsets);
  }
}
