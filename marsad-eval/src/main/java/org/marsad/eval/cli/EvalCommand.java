package org.marsad.eval.cli;

import picocli.CommandLine.Command;

/** {@code marsad eval TASK}: quality on labelled data, one JSON line last. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure quality on labelled data. Prints a table, then one JSON line; exit code 4 below a floor.",
    subcommands = {
      AggregatorEvalCommand.class,
      TitleSearchEvalCommand.class,
      EncodingEvalCommand.class,
      DatesEvalCommand.class,
      NewsDatesEvalCommand.class,
      SearchVariantsEvalCommand.class,
      ExtractZyteEvalCommand.class,
      ExtractSnippetsEvalCommand.class,
      DedupEvalCommand.class,
      SimilarityEvalCommand.class,
    })
final class EvalCommand {}
