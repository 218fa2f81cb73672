package org.marsad.store;

/** What an upsert did. */
public enum UpsertResult {
  /** No article had this id. */
  CREATED,
  /** An article had this id with different content; it was replaced. */
  UPDATED,
  /** The same article was already stored; nothing was written. */
  UNCHANGED
}
