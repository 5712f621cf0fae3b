package io.stancegraph.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * A write recorded in the change log: who made it, when, through which operation, its arguments, and each record it
 * touched before and after.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Audited {

    /**
     * The parameters holding ids of records of the returned type that the write changes; by default {@code id} and
     * {@code <type>Id} (e.g. {@code actorId} for a write that returns an Actor); {@code input.statementId} names a
     * component of an input record.
     */
    @Nonbinding
    String[] subjects() default {};
}
