/**
 * Article JSON: the one format shared by the store's stored form, the CLI's {@code --json} output
 * and the API. Field names: {@code id, url, title, published, publishedText, source,
 * credits[{role,name}], body[], tags[], related[{id,title,source,published}]}.
 */
@NullMarked
package org.marsad.store.codec;

import org.jspecify.annotations.NullMarked;
