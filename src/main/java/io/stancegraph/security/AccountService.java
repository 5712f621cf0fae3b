package io.stancegraph.security;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.stancegraph.platform.ConflictException;
import io.stancegraph.platform.NotFoundException;

/** Users and API tokens. */
@ApplicationScoped
public class AccountService {

    @Transactional
    public UserAccountView createUser(UserInput input) {
        String roles = Roles.checked(input.roles(), "input.roles");
        if (UserAccount.count("lower(username) = lower(?1)", input.username()) > 0) {
            throw new ConflictException("a user named `" + input.username() + "` exists already", "input.username");
        }
        return createUser(input.username(), input.password(), roles);
    }

    @Transactional
    public NewApiToken createToken(ApiTokenInput input) {
        String roles = Roles.checked(input.roles(), "input.roles");
        return createToken(input.name().strip(), input.owner() == null ? input.name().strip() : input.owner(), roles,
                ApiTokens.generate());
    }

    /** With a token chosen by the operator ({@code ADMIN_TOKEN}), so that a deployment can be scripted. */
    @Transactional
    public NewApiToken createToken(String name, String owner, String roles, String token) {
        ApiToken stored = new ApiToken();
        stored.name = name;
        stored.owner = owner;
        stored.roles = roles;
        stored.tokenHash = ApiTokens.hash(token);
        stored.persistAndFlush();
        return new NewApiToken(stored.id, stored.name, stored.owner, List.copyOf(Roles.parse(roles)), token);
    }

    @Transactional
    public boolean revokeToken(long id) {
        ApiToken token = NotFoundException.unlessFound(ApiToken.findById(id), "ApiToken", id, "id");
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
        }
        return true;
    }

    @Transactional
    public boolean hasAnyAccount() {
        return UserAccount.count() > 0 || ApiToken.count() > 0;
    }

    @Transactional
    public boolean tokenExists(String token) {
        return ApiToken.count("tokenHash", ApiTokens.hash(token)) > 0;
    }

    @Transactional
    public UserAccountView createUser(String username, String password, String roles) {
        UserAccount user = new UserAccount();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.roles = roles;
        user.persistAndFlush();
        return new UserAccountView(user.id, user.username, List.copyOf(Roles.parse(roles)));
    }
}
