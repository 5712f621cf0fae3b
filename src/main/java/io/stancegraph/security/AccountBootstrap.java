package io.stancegraph.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes sure someone can sign in. On the first start (no user and no token yet) an {@code admin} user is made, with
 * {@code ADMIN_PASSWORD} or a random password printed once in the log. {@code ADMIN_TOKEN} provisions an admin API
 * token with a value the operator chose; in dev mode a known editor token is provisioned for trying writes.
 */
@Singleton
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    /** Any fixed number: the advisory lock under which replicas starting together provision accounts one at a time. */
    private static final long BOOTSTRAP_LOCK = 0x5374616e6362L;

    private final AccountService accounts;
    private final Optional<String> adminPassword;
    private final Optional<String> adminToken;
    private final Optional<String> devEditorToken;

    public AccountBootstrap(AccountService accounts,
            @ConfigProperty(name = "stancegraph.security.admin-password") Optional<String> adminPassword,
            @ConfigProperty(name = "stancegraph.security.admin-token") Optional<String> adminToken,
            @ConfigProperty(name = "stancegraph.security.dev-editor-token") Optional<String> devEditorToken) {
        this.accounts = accounts;
        this.adminPassword = adminPassword.filter(value -> !value.isBlank());
        this.adminToken = adminToken.filter(value -> !value.isBlank());
        this.devEditorToken = devEditorToken.filter(value -> !value.isBlank());
    }

    // Before the sample corpus loads, so that a failure to provision is reported first. One transaction under a
    // database lock: replicas that start at the same moment must not both create the first admin.
    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent start) {
        // Waiting for another replica's start-up is not a runaway statement: no timeout for this transaction.
        UserAccount.getEntityManager().createNativeQuery("set local statement_timeout = 0").executeUpdate();
        UserAccount.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", BOOTSTRAP_LOCK).getSingleResult();
        if (!accounts.hasAnyAccount()) {
            String password = adminPassword.orElseGet(AccountBootstrap::randomPassword);
            accounts.createUser("admin", password, Roles.ADMIN);
            if (adminPassword.isPresent()) {
                LOG.info("Created the user `admin` with the password given in ADMIN_PASSWORD");
            } else {
                LOG.infof("Created the user `admin` with the password %s (shown this once; sign in with HTTP Basic "
                        + "and make editors and tokens with createUser and createApiToken)", password);
            }
        }
        adminToken.ifPresent(token -> provision(token, "admin token", "admin", Roles.ADMIN));
        devEditorToken.ifPresent(token -> provision(token, "dev editor token", "dev-editor", Roles.EDITOR + "," + Roles.INGEST));
    }

    private void provision(String token, String name, String owner, String roles) {
        if (!ApiTokens.isApiToken(token)) {
            throw new IllegalStateException(name + " must start with sg_ and have at least 24 characters");
        }
        if (!accounts.tokenExists(token)) {
            accounts.createToken(name, owner, roles, token);
            LOG.infof("Provisioned the %s (acts as `%s`, roles %s)", name, owner, roles);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
