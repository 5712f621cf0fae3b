package io.stancegraph.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a {@code @GraphQLApi} class whose methods run in transactions: every method that is not a mutation only reads,
 * so its session loads entities read-only (no snapshots kept for dirty checking) and never flushes.
 *
 * <p>The class is {@code @Transactional} as well, so that each resolver call has a transaction, and with it a session,
 * of its own: the batches of one request run on several worker threads at once, and a session shared between them is
 * not thread-safe.
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyQueries {
}
