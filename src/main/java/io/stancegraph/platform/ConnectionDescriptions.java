package io.stancegraph.platform;

import java.util.Locale;
import java.util.Map;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;
import io.smallrye.graphql.spi.EventingService;

/**
 * Describes every {@link NodeConnection} type and its edge type in the words of the node they list, so that each
 * feature's page types read alike without each repeating the same six sentences: `ActorConnection.nodes` is "The
 * actors of this page.", `ActorEdge.cursor` "Pass as `after` to continue after this actor.". A description given on
 * a class or a field is kept. Runs once, as SmallRye GraphQL builds the schema (registered in
 * META-INF/services); the committed schema.graphql shows the outcome.
 */
public class ConnectionDescriptions implements EventingService {

    @Override
    public String getConfigKey() {
        // Always on: the descriptions are part of the schema, not an option.
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return GraphQLSchema.newSchema(SchemaTransformer.transformSchema(builder.build(), new Describer()));
    }

    private static final class Describer extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
                TraverserContext<GraphQLSchemaElement> context) {
            GraphQLFieldDefinition nodes = type.getFieldDefinition("nodes");
            GraphQLFieldDefinition node = type.getFieldDefinition("node");
            if (type.getName().endsWith("Connection") && nodes != null && type.getFieldDefinition("edges") != null) {
                String items = noun(nodes) + "s";
                return describe(type, context, "A page of " + items + ".",
                        Map.of("edges", "The " + items + " of this page, each with its cursor.",
                                "nodes", "The " + items + " of this page."));
            }
            if (type.getName().endsWith("Edge") && node != null && type.getFieldDefinition("cursor") != null) {
                String item = noun(node);
                return describe(type, context, indefinite(item) + " and where it sits in the list.",
                        Map.of("cursor", "Pass as `after` to continue after this " + item + ".",
                                "node", "The " + item + "."));
            }
            return TraversalControl.CONTINUE;
        }

        private static TraversalControl describe(GraphQLObjectType type, TraverserContext<GraphQLSchemaElement> context,
                String typeDescription, Map<String, String> fieldDescriptions) {
            GraphQLObjectType described = type.transform(builder -> {
                if (type.getDescription() == null) {
                    builder.description(typeDescription);
                }
                fieldDescriptions.forEach((name, description) -> {
                    GraphQLFieldDefinition field = type.getFieldDefinition(name);
                    if (field.getDescription() == null) {
                        builder.field(field.transform(definition -> definition.description(description)));
                    }
                });
            });
            return TreeTransformerUtil.changeNode(context, described);
        }

        /** `StatementSearch` → "statement search". */
        private static String noun(GraphQLFieldDefinition field) {
            String type = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
            return type.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        }

        private static String indefinite(String noun) {
            String article = "aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ";
            return article + noun;
        }
    }
}
