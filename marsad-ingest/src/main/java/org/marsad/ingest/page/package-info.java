/**
 * Scraped aggregator text pages: a headline, credits and dates, a body with page furniture, a tag
 * list and glued "read also" articles, split into clean articles.
 */
@NullMarked
package org.marsad.ingest.page;

import org.jspecify.annotations.NullMarked;
