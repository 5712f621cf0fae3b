package io.stancegraph.gateway;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import graphql.Scalars;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldArgumentEnvironment;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.VariableReference;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;

/**
 * Int arguments must be whole numbers within 32 bits, written in the document or sent as variables. The library's Int
 * reads {@code 2.5} as 2 and {@code 2147483648} as -2147483648, so what the request meant would otherwise be
 * silently changed (or refused later with a misleading reason).
 */
final class IntArguments {

    private static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private IntArguments() {
    }

    /** The first Int argument of the operation that is not a 32-bit whole number; null when there is none. */
    static ArgumentChecks.Problem check(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        List<ArgumentChecks.Problem> problems = new ArrayList<>();
        QueryVisitorStub visitor = new QueryVisitorStub() {
            @Override
            public TraversalControl visitArgument(QueryVisitorFieldArgumentEnvironment environment) {
                if (problems.isEmpty()) {
                    String argument = environment.getFieldDefinition().getName() + "." + environment.getGraphQLArgument().getName();
                    String within = fits(environment.getGraphQLArgument().getType(), environment.getArgument().getValue(),
                            argument, variables);
                    if (within != null) {
                        problems.add(new ArgumentChecks.Problem(resultPath(environment.getParentEnvironment()), within, within
                                + " must be a whole number from -2^31 to 2^31-1 (an Int)"));
                    }
                }
                return TraversalControl.CONTINUE;
            }
        };
        try {
            QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                    // As sent: the library's coercion is what would change them.
                    .coercedVariables(CoercedVariables.of(variables)).build().visitPreOrder(visitor);
        } catch (RuntimeException e) {
            return null; // variables that do not fit at all: refused as such when the operation is normalized
        }
        return problems.isEmpty() ? null : problems.get(0);
    }

    /** The path within the argument of a value that is not a 32-bit whole number where an Int is due; null if none. */
    private static String fits(GraphQLInputType type, Object value, String path, Map<String, Object> variables) {
        if (value instanceof VariableReference reference) {
            return fits(type, variables.get(reference.getName()), path + " ($" + reference.getName() + ")", variables);
        }
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list) {
            List<?> items = value instanceof ArrayValue array ? array.getValues()
                    : value instanceof List<?> raw ? raw : value == null ? List.of() : List.of(value);
            for (int i = 0; i < items.size(); i++) {
                String problem = fits((GraphQLInputType) list.getWrappedType(), items.get(i), path + "[" + i + "]", variables);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (unwrapped instanceof GraphQLInputObjectType object) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                Object fieldValue = value instanceof ObjectValue literal ? literal.getObjectFields().stream()
                        .filter(given -> given.getName().equals(field.getName())).map(ObjectField::getValue).findFirst().orElse(null)
                        : value instanceof Map<?, ?> raw ? raw.get(field.getName()) : null;
                String problem = fits(field.getType(), fieldValue, path + "." + field.getName(), variables);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (unwrapped != Scalars.GraphQLInt && !(unwrapped instanceof graphql.schema.GraphQLScalarType scalar
                && scalar.getName().equals("Int"))) {
            return null;
        }
        BigDecimal number = number(value);
        boolean whole = number == null ? value == null || value instanceof graphql.language.NullValue : isWhole(number);
        return whole && (number == null || (number.compareTo(MIN) >= 0 && number.compareTo(MAX) <= 0)) ? null : path;
    }

    /** The number a literal or a variable holds; null for null and for anything that is not a number. */
    private static BigDecimal number(Object value) {
        if (value instanceof IntValue literal) {
            return new BigDecimal(literal.getValue());
        }
        if (value instanceof FloatValue literal) {
            return literal.getValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
        }
        if (value instanceof Number number) {
            return BigDecimal.valueOf(number.longValue());
        }
        return null;
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static List<String> resultPath(QueryVisitorFieldEnvironment field) {
        List<String> path = new ArrayList<>();
        for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
            path.add(at.getField().getResultKey());
        }
        Collections.reverse(path);
        return path;
    }
}
