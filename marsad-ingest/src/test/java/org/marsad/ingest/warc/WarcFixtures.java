package org.marsad.ingest.warc;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Builds WARC records the way a crawler writes them (see {@code src/test/resources/warc/SOURCES.md}):
 * raw HTTP responses as captured, each record its own gzip member or plain.
 */
final class WarcFixtures {
  static final Instant CAPTURED = Instant.parse("2024-11-24T07:15:30Z");
  static final String HOST = "https://news.example.org";

  private WarcFixtures() {}

  static String page(String title, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title></head><body><nav><a href=\"/\">الرئيسية</a></nav><h1>").append(title).append("</h1>");
    for (String p : paragraphs) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</body></html>").toString();
  }

  /** A raw HTTP response: status line, headers, blank line, body, as a crawler captured it. */
  static byte[] http(int status, List<String> headers, byte[] body) {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Other").append("\r\n");
    headers.forEach(h -> head.append(h).append("\r\n"));
    head.append("\r\n");
    return concat(head.toString().getBytes(ISO_8859_1), body);
  }

  static WarcResponse response(String path, byte[] http) {
    return new WarcResponse.Builder(URI.create(HOST + path)).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http).build();
  }

  static WarcResponse htmlResponse(String path, String html) {
    byte[] body = html.getBytes(UTF_8);
    return response(path, http(200, List.of("Content-Type: text/html; charset=utf-8", "Content-Length: " + body.length), body));
  }

  static WarcRequest request(String path) {
    byte[] req = ("GET " + path + " HTTP/1.1\r\nHost: news.example.org\r\n\r\n").getBytes(ISO_8859_1);
    return new WarcRequest.Builder(URI.create(HOST + path)).date(CAPTURED).body(MediaType.HTTP_REQUEST, req).build();
  }

  static WarcRevisit revisit(String path) {
    byte[] head = http(200, List.of("Content-Type: text/html"), new byte[0]);
    return new WarcRevisit.Builder(URI.create(HOST + path), URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(CAPTURED).body(MediaType.HTTP_RESPONSE, head).build();
  }

  static WarcResource resource(String path, String contentType, String content) {
    return new WarcResource.Builder(URI.create(HOST + path)).date(CAPTURED)
        .body(MediaType.parse(contentType), content.getBytes(UTF_8)).build();
  }

  static WarcMetadata metadata(String path) {
    return new WarcMetadata.Builder().targetURI(HOST + path).date(CAPTURED)
        .fields(Map.of("outlink", List.of(HOST + "/other"))).build();
  }

  static byte[] chunked(byte[] body, int chunkSize) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < body.length; i += chunkSize) {
      int n = Math.min(chunkSize, body.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(ISO_8859_1));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(ISO_8859_1));
    }
    out.writeBytes("0\r\n\r\n".getBytes(ISO_8859_1));
    return out.toByteArray();
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One record as jwarc's WarcWriter writes it: a gzip member of its own, or plain. */
  static byte[] write(WarcRecord record, WarcCompression compression) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(
        java.nio.channels.Channels.newChannel(out), compression)) {
      writer.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
