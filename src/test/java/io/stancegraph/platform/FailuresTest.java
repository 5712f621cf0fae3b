package io.stancegraph.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import org.junit.jupiter.api.Test;

/** Which failures tell a client to retry because the database cannot be reached. */
class FailuresTest {

    @Test
    void aCommitThatFailsOnABrokenConnectionIsUnavailable() {
        // How the transaction manager reports it: its own exception, the resource's suppressed inside, the driver's
        // error as that one's cause.
        XAException resource = new XAException("Error trying to transactionCommit local transaction");
        resource.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        Exception commit = new IllegalStateException("commit failed");
        commit.addSuppressed(resource);

        assertThat(Failures.isUnavailable(commit)).isTrue();
        assertThat(Failures.translate(commit, "statements")).isInstanceOf(UnavailableException.class);
    }

    @Test
    void otherFailuresAreNot() {
        Exception bug = new IllegalStateException("a bug");
        bug.addSuppressed(new SQLException("syntax error at or near \"selec\"", "42601"));
        assertThat(Failures.isUnavailable(bug)).isFalse();
        assertThat(Failures.translate(bug, "statements")).isInstanceOf(InternalException.class);
    }
}
