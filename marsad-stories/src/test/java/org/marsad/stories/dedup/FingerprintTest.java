package org.marsad.stories.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  @Test
  void spellingAndPunctuationVariantsHaveTheSameFingerprint() {
    Fingerprint wire = Fingerprint.of(Stories.wire());
    Fingerprint respelled = Fingerprint.of(Stories.respelled());
    assertThat(respelled.contentKey()).isEqualTo(wire.contentKey());
    assertThat(respelled).isEqualTo(wire);
  }

  /**
   * Stored fingerprints are only comparable with new ones while words, hashes and seeds stay the
   * same. If this fails because they changed on purpose, bump {@link Fingerprint#FORMAT_VERSION}
   * and update the numbers.
   */
  @Test
  void theHashesArePinned() {
    Fingerprint fp = Fingerprint.of(Stories.wire());
    assertThat(Fingerprint.FORMAT_VERSION).isEqualTo(3);
    assertThat(fp.contentKey()).isEqualTo(0x2de44cf81d97eaa2L);
    assertThat(fp.shingles()).isEqualTo(219);
    assertThat(Arrays.hashCode(fp.signature())).isEqualTo(-1049975464); // the low 16 bits of each minimum
  }

  @Test
  void oneChangedWordChangesTheContentKeyButBarelyTheSignature() {
    Fingerprint wire = Fingerprint.of(Stories.wire());
    List<String> changed = new ArrayList<>(Stories.wire());
    changed.set(1, changed.get(1).replace("اليوم", "أمس"));
    Fingerprint edited = Fingerprint.of(changed);
    assertThat(edited.contentKey()).isNotEqualTo(wire.contentKey());
    assertThat(edited.resemblance(wire)).isGreaterThan(0.9);
  }

  @Test
  void anEmptyBodyHasTheEmptyKeyAndNoShingles() {
    for (List<String> body : List.of(List.<String>of(), List.of("", " ، . ", "\u0640\u064E"))) {
      Fingerprint fp = Fingerprint.of(body);
      assertThat(fp.contentKey()).isEqualTo(Shingler.EMPTY_KEY);
      assertThat(fp.shingles()).isZero();
    }
  }

  @Test
  void theShingleCountIsDistinctFourWordRuns() {
    assertThat(Fingerprint.of(List.of("وصل الوفد")).shingles()).isEqualTo(1);
    assertThat(Fingerprint.of(List.of("وصل الوفد الرسمي إلى العاصمة صباح اليوم")).shingles()).isEqualTo(4);
  }

  @Test
  void unrelatedBodiesDoNotResembleEachOther() {
    Fingerprint wire = Fingerprint.of(Stories.wire());
    Fingerprint other = Fingerprint.of(Stories.OTHER_WIRE);
    assertThat(wire.resemblance(other)).isLessThan(0.05);
    assertThat(wire.containment(other)).isLessThan(0.1);
  }

  @Test
  void aCutCopyIsContainedInTheOriginal() {
    Fingerprint wire = Fingerprint.of(Stories.wire());
    Fingerprint cut = Fingerprint.of(Stories.cut());
    assertThat(cut.containment(wire)).isGreaterThan(0.9);
    assertThat(cut.resemblance(wire)).isLessThan(cut.containment(wire));
  }

  @Test
  void theSignatureIsCopiedInAndOut() {
    int[] signature = new int[Fingerprint.SIGNATURE_LENGTH];
    Fingerprint fp = new Fingerprint(7L, signature, 3);
    signature[0] = 42;
    assertThat(fp.signature()[0]).isZero();
    fp.signature()[1] = 42;
    assertThat(fp.signature()[1]).isZero();
  }

  @Test
  void equalityIsByContent() {
    int[] signature = new int[Fingerprint.SIGNATURE_LENGTH];
    Arrays.fill(signature, 5);
    Fingerprint a = new Fingerprint(7L, signature, 3);
    Fingerprint b = new Fingerprint(7L, signature.clone(), 3);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    signature[9] = 6;
    assertThat(new Fingerprint(7L, signature, 3)).isNotEqualTo(a);
    assertThat(new Fingerprint(8L, b.signature(), 3)).isNotEqualTo(a);
    assertThat(new Fingerprint(7L, b.signature(), 4)).isNotEqualTo(a);
  }

  @Test
  void badComponentsAreRejectedByName() {
    assertThatThrownBy(() -> new Fingerprint(1L, new int[3], 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signature");
    assertThatThrownBy(() -> new Fingerprint(1L, new int[Fingerprint.SIGNATURE_LENGTH], -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shingles");
  }

  @Test
  void theEncodingIsCompact() throws IOException {
    Fingerprint fp = Fingerprint.of(Stories.wire());
    byte[] bytes = encode(fp);
    // version, key, a two-byte varint for 219 shingles, 126 shorts, a varint of words, 128 shorts,
    // then the facts: a varint count and 8 bytes each
    int facts = fp.facts().size();
    assertThat(bytes).hasSize(1 + 8 + 2 + 2 * Fingerprint.SIGNATURE_LENGTH + (fp.words() < 128 ? 1 : 2)
        + 2 * Fingerprint.WORD_SIGNATURE_LENGTH + (facts < 128 ? 1 : 2) + 8 * facts);
    assertThat(decode(bytes)).isEqualTo(fp);
  }

  @Test
  void aVersionOneEncodingIsReadWithoutWordsOrFacts() throws IOException {
    Fingerprint fp = Fingerprint.of(Stories.wire());
    // version 1 wrote the signature whole, as ints: their low 16 bits are what is read
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(1);
      out.writeLong(fp.contentKey());
      out.write(Arrays.copyOfRange(encode(fp), 9, 11)); // the shingle count's varint
      for (int v : fp.signature()) {
        out.writeInt(v ^ 0x5a5a0000); // other high bits, which no version compares
      }
    }
    Fingerprint old = decode(bytes.toByteArray());
    assertThat(old).isEqualTo(new Fingerprint(fp.contentKey(), fp.signature(), fp.shingles()));
    assertThat(old.words()).isZero();
    assertThat(old.facts().size()).isZero();
  }

  @Test
  void anotherFormatVersionIsRefused() throws IOException {
    byte[] bytes = encode(Fingerprint.of(Stories.wire()));
    bytes[0] = 99;
    assertThatThrownBy(() -> decode(bytes)).isInstanceOf(IOException.class).hasMessageContaining("version 99");
  }

  @Test
  void aTruncatedEncodingIsAnEndOfFile() throws IOException {
    byte[] bytes = encode(Fingerprint.of(Stories.wire()));
    assertThatThrownBy(() -> decode(Arrays.copyOf(bytes, bytes.length - 1))).isInstanceOf(EOFException.class);
  }

  static byte[] encode(Fingerprint fp) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      fp.writeTo(out);
    }
    return bytes.toByteArray();
  }

  static Fingerprint decode(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      return Fingerprint.readFrom(in);
    }
  }
}
