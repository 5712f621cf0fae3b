package io.stancegraph.platform;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.ErrorCode;
import io.vertx.ext.web.RoutingContext;

/**
 * See {@link TranslatedErrors}. Outermost (before security checks and transactions), so that it sees their failures
 * too, including a commit that fails.
 */
@TranslatedErrors
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class TranslatedErrorsInterceptor {

    /** Set on the request when the database was unreachable, so the response goes out as 503. */
    public static final String UNAVAILABLE = "stancegraph.unavailable";
    /** Set on the request when it needed a signed-in caller, so the response goes out as 401, as a write's does. */
    public static final String UNAUTHENTICATED = "stancegraph.unauthenticated";
    /** Set on the request to the code of the first error a resolver raised, for the request metrics. */
    public static final String FAILED_WITH = "stancegraph.failed-with";

    private final CurrentVertxRequest request;

    public TranslatedErrorsInterceptor(CurrentVertxRequest request) {
        this.request = request;
    }

    @AroundInvoke
    Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception e) {
            DomainException translated = Failures.translate(e, invocation.getMethod().getName());
            String status = translated instanceof UnavailableException ? UNAVAILABLE
                    : translated instanceof UnauthenticatedException ? UNAUTHENTICATED : null;
            ErrorCode code = translated.getClass().getAnnotation(ErrorCode.class);
            try {
                RoutingContext current = request.getCurrent();
                if (current != null) {
                    if (status != null) {
                        current.put(status, Boolean.TRUE);
                    }
                    if (current.get(FAILED_WITH) == null) {
                        current.put(FAILED_WITH, code == null ? "INTERNAL" : code.value());
                    }
                }
            } catch (RuntimeException ignored) {
                // no HTTP request behind this call
            }
            throw translated;
        }
    }
}
