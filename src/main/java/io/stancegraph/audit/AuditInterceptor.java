package io.stancegraph.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.graphql.Mutation;

import com.fasterxml.jackson.databind.JsonNode;

import io.stancegraph.importer.ImportSummary;
import io.stancegraph.ingest.ArticleResource.IngestResponse;
import io.stancegraph.ingest.IngestResult;
import io.stancegraph.platform.Audited;
import io.stancegraph.security.NewApiToken;
import io.stancegraph.security.UserAccountView;

/**
 * Records each {@link Audited} write in the change log. Inside the transaction interceptor
 * (PLATFORM_BEFORE + 200), so a write and its record commit or roll back together; a write that runs its own
 * transactions (ingestion) is recorded right after it commits.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class AuditInterceptor {

    private final AuditTrail trail;

    public AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @AroundInvoke
    Object audit(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Class<?> type = method.getReturnType();
        List<Long> subjects = AuditSnapshots.isRecord(type) ? subjects(invocation, type) : List.of();
        Map<Long, Map<String, Object>> before = subjects.isEmpty() ? Map.of() : trail.snapshots(type, subjects);
        Object result = invocation.proceed();
        String operation = operation(method);
        JsonNode arguments = trail.arguments(arguments(invocation));
        if (AuditSnapshots.isRecord(type)) {
            Long resultId = result == null ? null : AuditSnapshots.id(result);
            for (Long id : subjects) {
                trail.record(operation, type.getSimpleName(), id, before.get(id), trail.snapshotNow(type, id), arguments);
            }
            if (resultId != null && !subjects.contains(resultId)) {
                trail.record(operation, type.getSimpleName(), resultId, null, trail.snapshotNow(type, resultId), arguments);
            }
        } else {
            recordOutcome(operation, result, arguments);
        }
        return result;
    }

    private void recordOutcome(String operation, Object result, JsonNode arguments) {
        if (result instanceof IngestResult ingested) {
            trail.record(operation, "Article", ingested.article().id, null, IngestResponse.of(ingested), arguments);
        } else if (result instanceof Response response && response.getEntity() instanceof IngestResponse ingested) {
            trail.record(operation, "Article", ingested.articleId(), null, ingested, arguments);
        } else if (result instanceof ImportSummary summary) {
            trail.record(operation, "Import", null, null, summary, arguments);
        } else if (result instanceof NewApiToken token) {
            trail.record(operation, "ApiToken", token.id(), null,
                    Map.of("name", token.name(), "owner", token.owner(), "roles", token.roles()), arguments);
        } else if (result instanceof UserAccountView user) {
            trail.record(operation, "UserAccount", user.id(), null, user, arguments);
        } else {
            trail.record(operation, "Other", null, null, null, arguments);
        }
    }

    /** Ids of the records of the returned type that the write changes, as given in its arguments. */
    private static List<Long> subjects(InvocationContext invocation, Class<?> type) {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        List<String> names = audited != null && audited.subjects().length > 0 ? Arrays.asList(audited.subjects())
                : List.of("id", type.getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT) + type.getSimpleName().substring(1) + "Id");
        Parameter[] parameters = invocation.getMethod().getParameters();
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            String[] path = name.split("\\.", 2);
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].getName().equals(path[0])
                        && (path.length == 1 ? invocation.getParameters()[i] : component(invocation.getParameters()[i], path[1])) instanceof Long id
                        && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The value of an input record's component, e.g. the {@code statementId} of a {@code SpeakerCorrection}. */
    private static Object component(Object input, String name) {
        if (input == null || !input.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : input.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(input);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + input.getClass().getSimpleName(), e);
                }
            }
        }
        return null;
    }

    private static String operation(Method method) {
        Mutation mutation = method.getAnnotation(Mutation.class);
        if (mutation != null) {
            return mutation.value().isEmpty() ? method.getName() : mutation.value();
        }
        Path path = method.getAnnotation(Path.class);
        String verb = method.isAnnotationPresent(POST.class) ? "POST" : "CALL";
        return verb + " /" + (path == null ? method.getName() : path.value().replaceFirst("^/", ""));
    }

    /** The arguments by name, byte arrays by their length. */
    private static Map<String, Object> arguments(InvocationContext invocation) {
        Map<String, Object> named = new LinkedHashMap<>();
        Parameter[] parameters = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Object value = invocation.getParameters()[i];
            named.put(parameters[i].getName(), value instanceof byte[] bytes ? bytes.length + " bytes" : value);
        }
        return named;
    }
}
