package org.marsad.eval.cli;

import picocli.CommandLine.Command;

/** {@code marsad bench WHAT}: Marsad and a peer on the same input, in one process. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run Marsad and a peer on the same input in one process; prints both, the ratio, and one JSON line.",
    subcommands = {
      IngestBenchCommand.class,
      NormalizeBenchCommand.class,
      ExtractBenchCommand.class,
      SearchBenchCommand.class,
      StoriesBenchCommand.class,
      RelatedBenchCommand.class,
    })
final class BenchCommand {}
