package io.stancegraph.platform;

import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import org.jboss.logging.Logger;

/**
 * Turns any failure into one of the error contract's exceptions: domain errors stay as they are, the security layer's
 * become UNAUTHENTICATED or FORBIDDEN, a unique violation CONFLICT, a lost database UNAVAILABLE, a statement
 * timeout QUERY_TOO_COSTLY, anything else INTERNAL. Client errors are logged in one line; only INTERNAL gets a stack
 * trace, under an id the client is given.
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class);

    private Failures() {
    }

    public static DomainException translate(Throwable failure, String operation) {
        DomainException translated = classify(failure);
        if (translated instanceof InternalException) {
            LOG.errorf(failure, "%s failed: %s", operation, translated.getMessage());
        } else {
            LOG.infof("%s refused: %s %s", operation, translated.getClass().getSimpleName(), translated.getMessage());
        }
        return translated;
    }

    private static DomainException classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
            if (cause instanceof io.quarkus.security.AuthenticationFailedException) {
                return new UnauthenticatedException("The credentials were not accepted");
            }
            if (cause instanceof io.quarkus.security.UnauthorizedException) {
                return new UnauthenticatedException("This needs a signed-in user: send `Authorization: Bearer <token>` (or HTTP Basic)");
            }
            if (cause instanceof io.quarkus.security.ForbiddenException) {
                return new ForbiddenException("The signed-in user lacks the role this needs");
            }
            if (cause instanceof jakarta.validation.ConstraintViolationException violation) {
                return new InvalidInputException(violation.getMessage(), null);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505")) {
                    return new ConflictException("A record with the same unique values exists already"
                            + constraint(sql), null);
                }
                if (state.equals("57014")) {
                    return new QueryTooCostlyException("The request took longer than the database allows; ask for less");
                }
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                        || state.equals("53300")) {
                    return new UnavailableException("The database cannot be reached just now; try again shortly");
                }
            }
            if (isUnavailable(cause)) {
                return new UnavailableException("The database cannot be reached just now; try again shortly");
            }
        }
        return new InternalException("Internal error " + UUID.randomUUID() + "; it is in the service's log");
    }

    public static boolean isUnavailable(Throwable failure) {
        return isUnavailable(failure, 0);
    }

    /**
     * Looks through causes and suppressed exceptions: a commit that fails because the connection broke reaches us as
     * the transaction manager's exception, with the driver's error suppressed inside the resource's.
     */
    private static boolean isUnavailable(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 8; cause = cause.getCause()) {
            if (cause instanceof UnavailableException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || message.contains("acquisition timeout") || message.contains("connection refused")
                    || message.contains("connection attempt failed") || message.contains("this connection has been closed")
                    || message.contains("an i/o error occurred"))) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isUnavailable(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String constraint(SQLException sql) {
        String message = String.valueOf(sql.getMessage());
        int start = message.indexOf("constraint \"");
        if (start < 0) {
            return "";
        }
        int end = message.indexOf('"', start + 12);
        return end < 0 ? "" : " (" + message.substring(start + 12, end) + ")";
    }
}
