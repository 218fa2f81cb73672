package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.app.export.ArticleExport;
import org.marsad.app.export.ArticleExport.Format;
import org.marsad.store.SearchRequest;
import org.marsad.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code marsad export}: stored articles, all or a search's matches, as JSON Lines or CSV. */
@Command(
    name = "export",
    description = {
      "Write stored articles, all or those a search matches, earliest published first, as JSON Lines"
          + " (one article per line, as show --json gives its own fields) or CSV (RFC 4180, UTF-8, CRLF, a header row).",
      "CSV cells that start with = + - @ (or a tab or CR) get a leading ' so that a spreadsheet shows"
          + " them as text instead of running them as formulas: article text is not to be trusted."
    })
final class ExportCommand implements Callable<Integer> {
  /** {@code --out} value that means standard output. */
  static final String STDOUT = "-";

  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Option(names = {"-q", "--q", "--query"}, paramLabel = "QUERY", defaultValue = "",
      description = "Only articles this search matches (as marsad search); all when absent.")
  private String query;

  @Mixin private FilterOptions filters = new FilterOptions();

  @Option(names = "--format", required = true, paramLabel = "jsonl|csv", converter = FormatConverter.class,
      description = "jsonl or csv.")
  private Format format;

  @Option(names = "--out", required = true, paramLabel = "FILE|-", description = "File to write, replaced when complete; - for standard output.")
  private String out;

  @Option(names = "--bom", description = "Start with a UTF-8 byte order mark, which spreadsheets need to read UTF-8.")
  private boolean bom;

  @Override
  public Integer call() throws Exception {
    @Nullable SearchRequest filter = selects() ? new SearchRequest(query, filters.source, filters.from, filters.to, 0, 1) : null;
    long written;
    try (LuceneStore store = LuceneStore.open(root.indexDir())) {
      if (out.equals(STDOUT)) {
        PrintWriter stdout = spec.commandLine().getOut();
        written = ArticleExport.write(store, filter, format, bom, stdout);
        stdout.flush();
        if (stdout.checkError()) {
          throw new IOException("standard output: write failed");
        }
      } else {
        written = toFile(store, filter, Path.of(out));
      }
    }
    spec.commandLine().getErr().printf(Locale.ROOT, "exported %,d articles to %s%n", written, out.equals(STDOUT) ? "standard output" : out);
    return ExitCodes.OK;
  }

  private boolean selects() {
    return !query.isBlank() || filters.any();
  }

  /** Writes beside the file, then moves over it, so a failed export leaves no half file. */
  private long toFile(LuceneStore store, @Nullable SearchRequest filter, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
    try {
      long written;
      try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        written = ArticleExport.write(store, filter, format, bom, w);
      }
      try {
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return written;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** jsonl or csv, in any case. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("jsonl or csv, got '" + value + "'");
      }
    }
  }
}
