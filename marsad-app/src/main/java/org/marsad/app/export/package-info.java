/**
 * Exports of stored articles for other tools: JSON Lines in the codec's form, and RFC 4180 CSV for
 * spreadsheets, with cells that a spreadsheet would run as formulas defused. Articles are streamed
 * from the store one at a time ({@link org.marsad.store.ArticleStore#forEachArticle}), never held
 * all at once.
 */
@NullMarked
package org.marsad.app.export;

import org.jspecify.annotations.NullMarked;
