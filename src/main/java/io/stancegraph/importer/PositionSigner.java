package io.stancegraph.importer;

import java.util.regex.Pattern;

import io.stancegraph.platform.ForbiddenException;
import io.stancegraph.position.Position;
import io.stancegraph.security.CurrentIdentity;
import io.stancegraph.security.Roles;

/**
 * Who signs the editors' positions an import brings in. A position record signed {@code editor:<name>} is stored as
 * confirmed and published, so over the API it must carry the caller's own signature and the caller must be an
 * editor, as with {@code setPosition}; the sample corpus that ships with the service keeps the names it was curated
 * under.
 */
@FunctionalInterface
public interface PositionSigner {

    /** An assessor that claims an editor, however it is spelled: `editor:jane`, `Editor : jane`. */
    Pattern EDITOR_CLAIM = Pattern.compile("(?i)editor\\s*:.*");

    /** The sample corpus shipped with the service: its curators' names stand as the file gives them. */
    PositionSigner BUNDLED = assessor -> assessor;

    /**
     * The assessor to store for a record's {@code assessor}; refuses, naming the field, a signature the importer
     * may not give.
     */
    String sign(String assessor);

    /** Positions imported by the caller of this request: an editor's signature only as the caller's own. */
    static PositionSigner caller(CurrentIdentity identity) {
        boolean editor = identity.hasRole(Roles.EDITOR);
        String own = Position.EDITOR_PREFIX + identity.name();
        return assessor -> {
            if (!EDITOR_CLAIM.matcher(assessor).matches()) {
                return assessor;
            }
            if (!editor) {
                throw new ForbiddenException("a position signed by an editor is published as confirmed and needs the "
                        + "editor role; send it with assessor `extractor` to have an editor review it", "assessor");
            }
            String named = assessor.substring(assessor.indexOf(':') + 1).strip();
            if (!own.equals(Position.EDITOR_PREFIX + named)) {
                throw new ForbiddenException("assessor names another editor; positions you import are signed with "
                        + "your own name, `" + own + "`", "assessor");
            }
            return own;
        };
    }
}
