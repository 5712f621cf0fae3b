package io.stancegraph.gateway;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Credentials a request carries are checked even where it needs none (an open read): a client whose token is wrong,
 * expired or revoked is told so, rather than served as anonymous without knowing it. A refusal is a 401 with the
 * endpoint's error body (code UNAUTHENTICATED), where Quarkus would send only the challenge with an empty body.
 */
@ApplicationScoped
public class CredentialCheck {

    static final String REFUSAL = "The credentials were not accepted: the token is unknown, expired or revoked, or the "
            + "user name or password is wrong";

    private final HttpRefusal refusal;

    public CredentialCheck(HttpRefusal refusal) {
        this.refusal = refusal;
    }

    private void check(RoutingContext context) {
        BiConsumer<RoutingContext, Throwable> onFailure = this::refuse;
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, onFailure);
        Uni<SecurityIdentity> identity = QuarkusHttpUser.getSecurityIdentity(context, null);
        if (identity == null || context.request().method() == HttpMethod.OPTIONS
                || context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            context.next();
            return;
        }
        identity.subscribe().with(ignored -> {
            if (!context.response().ended()) {
                context.next();
            }
        }, failure -> refuse(context, failure));
    }

    private void refuse(RoutingContext context, Throwable failure) {
        if (context.response().ended()) {
            return;
        }
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof AuthenticationFailedException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof AuthenticationFailedException)) {
            context.fail(failure);
            return;
        }
        context.response().putHeader("WWW-Authenticate", "Bearer");
        refusal.send(context, 401, "UNAUTHENTICATED", REFUSAL);
    }

    void register(@Observes Router router) {
        // Right after authentication (route order -200), before the gate (-150) and REST.
        router.route().order(-190).handler(this::check);
    }
}
