package org.marsad.stories.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The block streams write what {@link DataOutputStream} writes and read it back, across buffer edges. */
class BlockDataStreamsPropertiesTest {
  private static final String CHARS = "aZ09 \u0000\u007f\u0080\u07ff\u0800مرصدالعربية\uffff";

  @Property(tries = 50)
  void theSameBytesAsDataOutputStreamAndReadBack(@ForAll long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<Object> values = new ArrayList<>();
    int n = random.nextInt(3_000);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(7)) {
        case 0 -> values.add(random.nextInt());
        case 1 -> values.add(random.nextLong());
        case 2 -> values.add((short) random.nextInt());
        case 3 -> values.add(random.nextDouble() * (random.nextBoolean() ? 1 : -1e300));
        case 4 -> values.add(random.nextBoolean());
        case 5 -> values.add(text(random, random.nextInt(200) == 0 ? 30_000 : 20));
        default -> {
          byte[] bytes = new byte[random.nextInt(100) == 0 ? 70_000 : random.nextInt(100)];
          random.nextBytes(bytes);
          values.add(bytes);
        }
      }
    }
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(expected)) {
      writeAll(out, values);
    }
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    try (BlockDataOutput out = new BlockDataOutput(actual)) {
      writeAll(out, values);
    }
    assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());

    try (BlockDataInput in = new BlockDataInput(new ByteArrayInputStream(actual.toByteArray()))) {
      assertThat(readAll(in, values)).isEqualTo(readAll(new DataInputStream(new ByteArrayInputStream(actual.toByteArray())), values));
      assertThatThrownBy(in::readByte).isInstanceOf(EOFException.class);
    }
  }

  private static String text(SplittableRandom random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(CHARS.charAt(random.nextInt(CHARS.length())));
    }
    return s.toString();
  }

  private static void writeAll(DataOutput out, List<Object> values) throws IOException {
    for (Object v : values) {
      if (v instanceof Integer i) {
        out.writeInt(i);
      } else if (v instanceof Long l) {
        out.writeLong(l);
      } else if (v instanceof Short s) {
        out.writeShort(s);
      } else if (v instanceof Double d) {
        out.writeDouble(d);
      } else if (v instanceof Boolean b) {
        out.writeBoolean(b);
      } else if (v instanceof String s) {
        out.writeUTF(s);
      } else {
        byte[] bytes = (byte[]) v;
        out.writeInt(bytes.length);
        out.write(bytes);
      }
    }
  }

  private static List<Object> readAll(DataInput in, List<Object> shapes) throws IOException {
    List<Object> read = new ArrayList<>();
    for (Object v : shapes) {
      if (v instanceof Integer) {
        read.add(in.readInt());
      } else if (v instanceof Long) {
        read.add(in.readLong());
      } else if (v instanceof Short) {
        read.add(in.readShort());
      } else if (v instanceof Double) {
        read.add(in.readDouble());
      } else if (v instanceof Boolean) {
        read.add(in.readBoolean());
      } else if (v instanceof String) {
        read.add(in.readUTF());
      } else {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        read.add(java.util.HexFormat.of().formatHex(bytes));
      }
    }
    return read;
  }
}
