package io.stancegraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Making and recognising API tokens: {@code sg_} and 32 random bytes, kept only as their SHA-256 hash. */
public final class ApiTokens {

    static final String PREFIX = "sg_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    public static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether a bearer token is one of ours rather than a JWT from an identity provider. */
    public static boolean isApiToken(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() >= 24 && token.length() <= 200;
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
