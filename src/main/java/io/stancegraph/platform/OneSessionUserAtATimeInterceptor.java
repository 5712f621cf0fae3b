package io.stancegraph.platform;

import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Serialises the resolvers of one request on the session they share; see {@link OneSessionUserAtATime}. */
@OneSessionUserAtATime
@Interceptor
// Before the transaction interceptor, so a mutation's transaction begins and ends inside its turn.
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class OneSessionUserAtATimeInterceptor {

    /** One per request, like the session it guards; its worker threads all see the same one. */
    @RequestScoped
    public static class Turn {
        final ReentrantLock lock = new ReentrantLock();
    }

    private final Turn turn;

    public OneSessionUserAtATimeInterceptor(Turn turn) {
        this.turn = turn;
    }

    @AroundInvoke
    Object inTurn(InvocationContext invocation) throws Exception {
        ReentrantLock lock = turn.lock;
        lock.lock();
        try {
            return invocation.proceed();
        } finally {
            lock.unlock();
        }
    }
}
