package io.stancegraph.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A page of a list: `first` items after the opaque cursor `after`. Cursors encode a position in the ordered
 * list, so they stay valid for as long as the ordering does.
 */
public record PageRequest(int offset, int limit) {

    private static final String PREFIX = "offset:";

    public static PageRequest of(Integer first, String after, PageConfig config) {
        int limit = nestedLimit(first, config, "first");
        return new PageRequest(offsetAfter(after), limit);
    }

    /** Where the page after the cursor {@code after} starts: 0 without a cursor. */
    public static int offsetAfter(String after) {
        return after == null || after.isEmpty() ? 0 : decode(after) + 1;
    }

    /** A page size within the configured bound, for top-level pages and nested lists alike. */
    public static int nestedLimit(Integer first, PageConfig config, String argument) {
        int limit = first == null ? config.defaultSize() : first;
        if (limit < 0 || limit > config.maxSize()) {
            throw new InvalidInputException(
                    argument + " must be between 0 and " + config.maxSize(), argument);
        }
        return limit;
    }

    public static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                int position = Integer.parseInt(decoded.substring(PREFIX.length()));
                if (position >= 0 && position < Integer.MAX_VALUE) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInputException("after is not a cursor returned by this API (pass a page's endCursor as it came)", "after");
    }
}
