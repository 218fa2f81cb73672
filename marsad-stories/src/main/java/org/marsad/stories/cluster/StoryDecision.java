package org.marsad.stories.cluster;

/**
 * Where an article went. Immutable and thread-safe.
 *
 * @param story the ordinal of the story's first article
 * @param similarity the article's similarity to the story it joined, 1 for a copy that followed
 *     its founder; for a new story, the best similarity among the stories it did not join (0 if
 *     there was no candidate)
 * @param created whether the article founded the story
 */
public record StoryDecision(int story, double similarity, boolean created) {}
