package io.stancegraph.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-site request forgery prevention, as Apollo Server does it: a write whose content type any web page can send
 * from a visitor's browser without a CORS preflight (plain text, forms, multipart, {@code application/graphql}, or
 * none) is refused unless it carries a header such a page cannot set without a preflight.
 */
@ApplicationScoped
public class CsrfGuard {

    /** Content types a cross-site page can send with no preflight, or that this service treats alike. */
    private static final Set<String> PREFLIGHT_FREE = Set.of("", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data", "application/graphql");
    /** Any of these shows the request was not a simple cross-site one. */
    public static final List<String> PROOF_HEADERS = List.of("Apollo-Require-Preflight", "X-Apollo-Operation-Name",
            "X-Requested-With");

    private final HttpRefusal refusal;

    public CsrfGuard(HttpRefusal refusal) {
        this.refusal = refusal;
    }

    void register(@Observes Router router) {
        router.route().order(-300).handler(this::check);
    }

    private void check(RoutingContext context) {
        // A cross-site page sends no other method without a preflight: PUT, PATCH and DELETE go on to be answered
        // as what they are (405 where the path takes no such method).
        if (context.request().method() != HttpMethod.POST || !preflightFree(context)
                || PROOF_HEADERS.stream().anyMatch(header -> context.request().getHeader(header) != null)) {
            context.next();
            return;
        }
        String message = "This request's content type can be sent by any web page from a visitor's browser, so it is "
                + "refused as a possible cross-site request forgery: send `Content-Type: application/json`, or add the "
                + "header `X-Requested-With` (or `Apollo-Require-Preflight`) with any value";
        refusal.send(context, 400, "INVALID_INPUT", message);
    }

    private static boolean preflightFree(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return PREFLIGHT_FREE.contains(type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }
}
