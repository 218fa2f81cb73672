package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.ingest.IngestSummary;
import org.marsad.app.ingest.Processor;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad process PATH… --out FILE|-}: the pipeline without a store, one article per line. */
@Command(
    name = "process",
    description = {
      "Read, clean and annotate inputs (pages, HTML, feeds, WARC, JSON records) without a store,",
      "writing one article per line as JSON (JSONL): the fields of `show --json` and the annotations.",
      "Exit code 0: all read; 3: some inputs were skipped (reasons on standard error)."
    })
final class ProcessCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs.")
  private List<String> paths;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the JSONL; - for standard output.")
  private String out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ObjectWriter json = ArticleJson.mapper().writer();
    IngestSummary s;
    try (Writer w = open()) {
      s = new Processor().process(paths, p -> {
        w.write(json.writeValueAsString(ArticleJson.toNode(p.article())));
        w.write('\n');
      });
    }
    for (String reason : s.reasons()) {
      err.println("marsad: " + reason);
    }
    return s.skipped() > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }

  /** The output: the file, or standard output left open for the caller. */
  private Writer open() throws IOException {
    if (out.equals("-")) {
      PrintWriter stdout = spec.commandLine().getOut();
      return new Writer() {
        @Override
        public void write(char[] buf, int off, int len) {
          stdout.write(buf, off, len);
        }

        @Override
        public void flush() {
          stdout.flush();
        }

        @Override
        public void close() {
          stdout.flush();
        }
      };
    }
    OutputStream file = Files.newOutputStream(Path.of(out));
    return new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8), 1 << 16);
  }
}
