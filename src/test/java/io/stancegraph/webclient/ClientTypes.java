package io.stancegraph.webclient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.TypeInfo;

/**
 * JSDoc typedefs for the web client: for each document, `<Name>Result` (the `data` it answers) and
 * `<Name>Variables`, with a named typedef per selected object and one per enum and input type used. Editors and
 * `tsc --checkJs` read them; nothing runs them.
 */
final class ClientTypes {

    private final GraphQLSchema schema;
    private final Map<String, String> objects = new LinkedHashMap<>();
    private final Map<String, String> shared = new TreeMap<>();

    ClientTypes(GraphQLSchema schema) {
        this.schema = schema;
    }

    String generate(Map<String, Document> documents) {
        for (Document document : documents.values()) {
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                operation(operation);
            }
        }
        StringBuilder out = new StringBuilder("""
                // Generated from schema.graphql and app/queries/*.graphql by WebClientContractTest: do not edit.
                // After changing a document or the schema: ./mvnw -B test -Dtest=WebClientContractTest -Dclient.types.update=true
                """);
        shared.values().forEach(out::append);
        objects.values().forEach(out::append);
        return out.append("\nexport {};\n").toString();
    }

    private void operation(OperationDefinition operation) {
        String name = operation.getName();
        GraphQLFieldsContainer root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        List<String> variables = new ArrayList<>();
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            GraphQLType type = schema.getType(TypeInfo.typeInfo(variable.getType()).getName());
            String jsType = input(wrap(variable.getType(), type));
            boolean optional = !(variable.getType() instanceof graphql.language.NonNullType) || variable.getDefaultValue() != null;
            variables.add(property(jsType, variable.getName(), optional));
        }
        objects.put(name + "Variables", typedef(name + "Variables", "Variables of the " + name + " document.", variables));
        object(name + "Result", name, "The data answered to the " + name + " document.", root, operation.getSelectionSet());
    }

    /** The schema type of a variable, wrapped in lists and non-nulls as its declaration says. */
    private static GraphQLType wrap(graphql.language.Type<?> declared, GraphQLType named) {
        if (declared instanceof graphql.language.NonNullType nonNull) {
            return GraphQLNonNull.nonNull(wrap(nonNull.getType(), named));
        }
        if (declared instanceof graphql.language.ListType list) {
            return GraphQLList.list(wrap(list.getType(), named));
        }
        return named;
    }

    private String object(String typeName, String pathName, String description, GraphQLFieldsContainer parent, SelectionSet selections) {
        List<String> properties = new ArrayList<>();
        for (Selection<?> selection : selections.getSelections()) {
            if (!(selection instanceof Field field)) {
                throw new IllegalArgumentException(typeName + ": fragments are not used by the web client");
            }
            String key = field.getResultKey();
            if (field.getName().equals("__typename")) {
                properties.add(property("string", key, false));
                continue;
            }
            GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
            if (definition == null) {
                throw new IllegalArgumentException(typeName + ": " + parent.getName() + " has no field " + field.getName());
            }
            properties.add(property(output(definition.getType(), pathName + "_" + key, field.getSelectionSet()), key, false));
        }
        objects.put(typeName, typedef(typeName, description, properties));
        return typeName;
    }

    private String output(GraphQLType type, String nestedName, SelectionSet selections) {
        if (type instanceof GraphQLNonNull nonNull) {
            return bare(nonNull.getWrappedType(), nestedName, selections);
        }
        return "(" + bare(type, nestedName, selections) + "|null)";
    }

    private String bare(GraphQLType type, String nestedName, SelectionSet selections) {
        if (type instanceof GraphQLList list) {
            return "Array<" + output(list.getWrappedType(), nestedName, selections) + ">";
        }
        if (type instanceof GraphQLFieldsContainer container) {
            return object(nestedName, nestedName, container.getName() + " as selected.", container, selections);
        }
        return leaf((GraphQLNamedType) type);
    }

    private String input(GraphQLType type) {
        boolean nullable = !(type instanceof GraphQLNonNull);
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        String jsType;
        if (unwrapped instanceof GraphQLList list) {
            jsType = "Array<" + input(list.getWrappedType()) + ">";
        } else if (unwrapped instanceof GraphQLInputObjectType inputType) {
            jsType = inputType.getName();
            if (!shared.containsKey(jsType)) {
                shared.put(jsType, "");
                List<String> fields = new ArrayList<>();
                for (GraphQLInputObjectField field : inputType.getFieldDefinitions()) {
                    fields.add(property(input(field.getType()), field.getName(), !(field.getType() instanceof GraphQLNonNull)
                            || field.hasSetDefaultValue()));
                }
                shared.put(jsType, typedef(jsType, inputType.getDescription(), fields));
            }
        } else {
            jsType = leaf((GraphQLNamedType) unwrapped);
        }
        return nullable ? "(" + jsType + "|null)" : jsType;
    }

    private String leaf(GraphQLNamedType type) {
        if (type instanceof GraphQLEnumType enumType) {
            shared.computeIfAbsent(enumType.getName(), name -> "\n/** " + enumType.getDescription() + "\n * @typedef {"
                    + enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).sorted()
                            .map(value -> "'" + value + "'").collect(Collectors.joining("|"))
                    + "} " + name + "\n */\n");
            return enumType.getName();
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int", "Float" -> "number";
            case "Boolean" -> "boolean";
            default -> "string";
        };
    }

    private static String property(String type, String name, boolean optional) {
        return " * @property {" + type + "} " + (optional ? "[" + name + "]" : name);
    }

    private static String typedef(String name, String description, List<String> properties) {
        return "\n/** " + (description == null ? name : description) + "\n * @typedef {object} " + name + "\n"
                + properties.stream().map(line -> line + "\n").collect(Collectors.joining()) + " */\n";
    }
}
