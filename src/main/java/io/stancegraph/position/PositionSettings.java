package io.stancegraph.position;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the extractor's positions are made and when they are published unreviewed. */
@ConfigMapping(prefix = "stancegraph.positions")
public interface PositionSettings {

    /**
     * Statements whose speakers are less certain than this (their attribution confidence) show no one's stance:
     * a stance built on a misattributed quote is the worst thing the service could publish. The default is the
     * confidence below which a statement's speakers are shown as doubtful, so no stance rests on a doubtful speaker.
     */
    @WithDefault("0.8")
    double minAttributionConfidence();

    /**
     * Suggestions whose calibrated confidence reaches this are shown in the default views before review (marked as
     * suggestions); the rest wait for an editor. Above 1, nothing is shown unreviewed.
     */
    @WithDefault("0.85")
    double publishConfidence();
}
