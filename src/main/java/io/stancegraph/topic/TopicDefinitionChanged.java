package io.stancegraph.topic;

/**
 * An editor changed what a topic's sides claim. Fired inside the editor's transaction, so the stances of the topic's
 * statements are judged again, and the extractor's positions on it worked out again, with the change.
 */
public record TopicDefinitionChanged(long topicId) {
}
