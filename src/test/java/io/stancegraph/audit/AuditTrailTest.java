package io.stancegraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class AuditTrailTest {

    private final AuditTrail trail = new AuditTrail(null, new ObjectMapper(), null);

    @Test
    void argumentsLeaveSecretsOutAndRecordLongTextsByTheirLength() {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("input", Map.of("username", "erin", "password", "correct horse battery"));
        named.put("token", "sg_secret");
        named.put("texts", List.of("x".repeat(501), "short", Map.of("token", "sg_other")));
        named.put("body", "1200 bytes");

        assertThat(trail.arguments(named).toString()).isEqualTo(
                "{\"input\":{\"username\":\"erin\"},\"texts\":[\"501 characters\",\"short\",{}],\"body\":\"1200 bytes\"}");
    }
}
