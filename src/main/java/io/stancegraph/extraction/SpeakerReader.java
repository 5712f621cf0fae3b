package io.stancegraph.extraction;

/** A reader that asks the article's speaker resolver who stands behind a mention or a cue. */
abstract class SpeakerReader extends MentionReader {
    final SpeakerResolver speakers;

    SpeakerReader(SpeakerResolver speakers) {
        super(speakers.index, speakers.mentions);
        this.speakers = speakers;
    }
}
