package io.stancegraph.platform;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.graphql.Mutation;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** See {@link ReadOnlyQueries}. */
@ReadOnlyQueries
@Interceptor
// Inside the transaction interceptor (PLATFORM_BEFORE + 200), so the settings apply to that transaction's session.
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class ReadOnlyQueriesInterceptor {

    private final Session session;

    public ReadOnlyQueriesInterceptor(Session session) {
        this.session = session;
    }

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        if (!invocation.getMethod().isAnnotationPresent(Mutation.class)
                && !invocation.getMethod().isAnnotationPresent(io.smallrye.graphql.api.Subscription.class)) {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
        }
        return invocation.proceed();
    }
}
