package io.stancegraph.gateway;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.Scalars;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.vertx.core.json.JsonObject;

/**
 * Checks the arguments of every field before anything runs: an id is a canonical positive decimal within range
 * ({@code 2abc}, {@code 1.9}, fullwidth digits, leading zeros and values past 2^63-1 are refused rather than read as
 * another record's id), and lists hold no nulls.
 */
final class ArgumentChecks {

    private static final Pattern CANONICAL_ID = Pattern.compile("[1-9][0-9]{0,18}");
    private static final BigInteger MAX_ID = BigInteger.valueOf(Long.MAX_VALUE);

    /** A refused argument: its path (e.g. {@code mergeActors.duplicateId}) and why. */
    record Problem(List<String> path, String argument, String message) {

        JsonObject error() {
            return GraphQLErrorResponse.error("INVALID_INPUT", message, path, argument);
        }
    }

    private ArgumentChecks() {
    }

    static Problem check(GraphQLSchema schema, ExecutableNormalizedOperation operation) {
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            Problem problem = field(schema, field);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static Problem field(GraphQLSchema schema, ExecutableNormalizedField field) {
        GraphQLFieldDefinition definition = null;
        for (String typeName : field.getObjectTypeNames()) {
            if (schema.getType(typeName) instanceof GraphQLObjectType object && object.getFieldDefinition(field.getName()) != null) {
                definition = object.getFieldDefinition(field.getName());
                break;
            }
        }
        if (definition != null && !field.getName().startsWith("__")) {
            for (Map.Entry<String, Object> argument : field.getResolvedArguments().entrySet()) {
                GraphQLArgument declared = definition.getArgument(argument.getKey());
                if (declared != null) {
                    String message = value(declared.getType(), argument.getValue(), argument.getKey());
                    if (message != null) {
                        // The message starts with the path of the offending value within the argument.
                        String within = message.substring(0, message.indexOf(' '));
                        return new Problem(field.getListOfResultKeys(), field.getName() + "." + within,
                                field.getName() + "." + message);
                    }
                }
            }
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            Problem problem = field(schema, child);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Why the value does not fit, naming its path within the argument; null when it does. */
    private static String value(GraphQLInputType type, Object value, String path) {
        if (value == null) {
            return null;
        }
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                return value((GraphQLInputType) list.getWrappedType(), value, path);
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    return path + "[" + i + "] is null; lists take no nulls";
                }
                String message = value((GraphQLInputType) list.getWrappedType(), items.get(i), path + "[" + i + "]");
                if (message != null) {
                    return message;
                }
            }
            return null;
        }
        if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField declared : object.getFieldDefinitions()) {
                String message = value(declared.getType(), fields.get(declared.getName()), path + "." + declared.getName());
                if (message != null) {
                    return message;
                }
            }
            return null;
        }
        if (unwrapped instanceof graphql.schema.GraphQLScalarType scalar && scalar.getName().equals("Date")
                && !(value instanceof java.time.LocalDate) && !isDate(value.toString())) {
            return path + " is not a date: dates are written YYYY-MM-DD and must exist in the calendar";
        }
        if (unwrapped == Scalars.GraphQLID && !isCanonicalId(value.toString())) {
            return path + " is not an id: ids are positive whole numbers written in plain digits (e.g. 42), at most 9223372036854775807";
        }
        return null;
    }

    private static boolean isDate(String text) {
        try {
            java.time.LocalDate.parse(text, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    static boolean isCanonicalId(String text) {
        return CANONICAL_ID.matcher(text).matches() && new BigInteger(text).compareTo(MAX_ID) <= 0;
    }
}
