package io.stancegraph.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * The resolvers of one GraphQL request run on several worker threads at once (root fields and the batches of one
 * level are dispatched side by side), but they share the request's Hibernate session, which is not thread-safe.
 * Methods of a type marked with this take turns on that session; different requests never wait on each other.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneSessionUserAtATime {
}
