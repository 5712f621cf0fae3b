package io.stancegraph.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "stancegraph.page")
public interface PageConfig {

    /** Largest page a client may ask for; larger requests are refused, not truncated. */
    @WithDefault("100")
    int maxSize();

    /** Page size when the client gives none. */
    @WithDefault("20")
    int defaultSize();
}
