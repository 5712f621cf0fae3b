package io.stancegraph.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;

/**
 * Refuses an operation that asks for one nested field twice under the same type with other arguments, e.g.
 * {@code a: actor(id: 1) { statements(first: 2) }} beside {@code b: actor(id: 1) { statements(first: 5) }}. The
 * resolvers read a nested field for every record of its type in one batch, with one set of arguments, and keep each
 * record's answer for the rest of the request, so one of the two would silently be the other's answer.
 */
final class BatchedListArguments {

    private BatchedListArguments() {
    }

    static ArgumentChecks.Problem check(ExecutableNormalizedOperation operation) {
        Map<String, ExecutableNormalizedField> firstSeen = new HashMap<>();
        for (ExecutableNormalizedField topLevel : operation.getTopLevelFields()) {
            // Top-level fields are resolved one by one, each with its own arguments.
            for (ExecutableNormalizedField child : topLevel.getChildren()) {
                ArgumentChecks.Problem problem = nested(child, firstSeen);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static ArgumentChecks.Problem nested(ExecutableNormalizedField field, Map<String, ExecutableNormalizedField> firstSeen) {
        if (!field.getName().startsWith("__") && !field.getResolvedArguments().isEmpty()) {
            String key = new TreeSet<>(field.getObjectTypeNames()) + "." + field.getName();
            ExecutableNormalizedField earlier = firstSeen.putIfAbsent(key, field);
            if (earlier != null && !earlier.getResolvedArguments().equals(field.getResolvedArguments())) {
                return new ArgumentChecks.Problem(field.getListOfResultKeys(), field.getName(), "`" + field.getName()
                        + "` is asked for at " + String.join(".", field.getListOfResultKeys()) + " with other arguments than at "
                        + String.join(".", earlier.getListOfResultKeys()) + "; a request may ask for a nested field of one "
                        + "type with one set of arguments: send the other in a request of its own");
            }
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            ArgumentChecks.Problem problem = nested(child, firstSeen);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }
}
