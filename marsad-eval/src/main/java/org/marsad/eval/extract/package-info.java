/**
 * Main-text extraction evaluations: the Zyte article-body benchmark (shingle F1), the trafilatura
 * snippet set (with/without snippets) and throughput, each for Marsad and Readability4J.
 */
@NullMarked
package org.marsad.eval.extract;

import org.jspecify.annotations.NullMarked;
