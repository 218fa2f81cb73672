package org.marsad.app.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Expands what a user typed into input files: a file, a folder (walked, hidden files skipped), or
 * a glob the shell did not expand ({@code 'corpus/*.zip'}). Files come in a stable order.
 */
final class InputPaths {
  private InputPaths() {}

  /**
   * An input file and how to name it to users: relative to what they typed, so that provenance
   * shown over the API never exposes where the server keeps its files ({@code corpus/x.zip} for a
   * file found under {@code /srv/data/corpus}, given as such).
   */
  record Input(Path file, String location) {}

  /** The files named by {@code arg}; problems (nothing matched, unreadable folder) go to {@code summary}. */
  static List<Input> expand(String arg, IngestSummary summary) {
    List<Path> out = new ArrayList<>();
    if (isGlob(arg)) {
      int cut = globRoot(arg);
      Path root = Path.of(cut < 0 ? "." : arg.substring(0, cut + 1));
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + arg.substring(cut + 1));
      walk(root, summary, p -> matcher.matches(root.relativize(p)), out);
      if (out.isEmpty()) {
        summary.skipped(arg + ": nothing matches this pattern");
      }
      return named(root, out);
    }
    Path path = Path.of(arg);
    if (Files.isDirectory(path)) {
      walk(path, summary, p -> true, out);
      return named(path, out);
    } else if (Files.exists(path)) {
      return List.of(new Input(path, path.isAbsolute() ? String.valueOf(path.getFileName()) : arg));
    }
    summary.skipped(arg + ": no such file or folder");
    return List.of();
  }

  /** Files found under {@code root}, named from it: as typed when relative, from its own name when absolute. */
  private static List<Input> named(Path root, List<Path> files) {
    Path shown = root.isAbsolute() ? root.getFileName() : root.normalize();
    List<Input> out = new ArrayList<>(files.size());
    for (Path f : files) {
      Path relative = root.relativize(f);
      Path name = shown == null || shown.toString().isEmpty() ? relative : shown.resolve(relative);
      out.add(new Input(f, name.toString().replace('\\', '/')));
    }
    return out;
  }

  private static boolean isGlob(String arg) {
    return arg.contains("*") || arg.contains("?") || arg.contains("[") || arg.contains("{");
  }

  /** Index of the last separator before the first glob character, or -1. */
  private static int globRoot(String arg) {
    int first = arg.length();
    for (char c : new char[] {'*', '?', '[', '{'}) {
      int i = arg.indexOf(c);
      if (i >= 0) {
        first = Math.min(first, i);
      }
    }
    return arg.lastIndexOf('/', first);
  }

  /** Walks {@code root}; an unreadable folder is reported and skipped, the walk goes on. */
  private static void walk(Path root, IngestSummary summary, Predicate<Path> keep, List<Path> out) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(root.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!isHidden(root.relativize(file)) && keep.test(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              summary.skipped(file + ": cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      summary.skipped(root + ": cannot list folder: " + e.getMessage());
    }
    found.sort(null);
    out.addAll(found);
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().isEmpty()) {
        continue;
      }
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
