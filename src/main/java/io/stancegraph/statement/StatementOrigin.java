package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StatementOrigin")
@Description("Who recorded a statement.")
public enum StatementOrigin {
    @Description("Recorded or corrected by an editor; survives re-extraction.") CURATED,
    @Description("Found by the extractor; replaced when the article is extracted again.") EXTRACTED
}
