package io.stancegraph.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.core.JsonParser;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Kubernetes manifests, read with the Kubernetes model's own types (a misspelt field is an unknown property), and
 * checked against the service they run: the probes' paths answer, every variable they set is one the service reads.
 */
@QuarkusTest
class KubernetesManifestTest {

    private static final Path MANIFEST = Path.of("deploy/kubernetes/stancegraph.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Class<? extends KubernetesResource>> KINDS = Map.of("ConfigMap", ConfigMap.class,
            "Deployment", Deployment.class, "Service", Service.class, "HorizontalPodAutoscaler",
            HorizontalPodAutoscaler.class, "PodDisruptionBudget", PodDisruptionBudget.class);

    private static List<KubernetesResource> resources;

    @BeforeAll
    static void read() throws IOException {
        resources = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(MANIFEST.toFile())) {
            for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
                String kind = document.path("kind").asText();
                assertThat(KINDS).as("a kind this manifest is expected to hold").containsKey(kind);
                resources.add(YAML.treeToValue(document, KINDS.get(kind)));
            }
        }
    }

    @Test
    void everyFieldIsOneKubernetesKnows() {
        for (KubernetesResource resource : resources) {
            assertThat(unknownFields(resource, "", new IdentityHashMap<>()))
                    .as(resource.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void theDeploymentRunsSeveralReplicasSafely() {
        Deployment deployment = one(Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(deployment.getSpec().getSelector().getMatchLabels())
                .isEqualTo(deployment.getSpec().getTemplate().getMetadata().getLabels());
        assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        Container container = container();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getPorts()).singleElement().satisfies(port -> assertThat(port.getContainerPort()).isEqualTo(8080));
        assertThat(container.getEnv()).filteredOn(variable -> variable.getName().startsWith("DB_")).isNotEmpty()
                .allSatisfy(variable -> assertThat(variable.getValueFrom().getSecretKeyRef()).isNotNull());
    }

    @Test
    void theProbesAskTheServiceWhatItServes() {
        Container container = container();
        for (HTTPGetAction probe : List.of(container.getStartupProbe().getHttpGet(),
                container.getLivenessProbe().getHttpGet(), container.getReadinessProbe().getHttpGet())) {
            assertThat(probe.getPort().getStrVal()).isEqualTo(container.getPorts().get(0).getName());
            given().when().get(probe.getPath()).then().statusCode(200);
        }
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
    }

    @Test
    void everyVariableIsOneTheServiceReads() throws IOException {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        String entrypoint = Files.readString(Path.of("docker/Dockerfile.jvm-runtime"));
        Stream<String> names = Stream.concat(one(ConfigMap.class).getData().keySet().stream(),
                container().getEnv().stream().map(variable -> variable.getName()));
        assertThat(names).allSatisfy(name -> assertThat(properties.contains("${" + name + ":")
                || properties.contains("${" + name + "}") || entrypoint.contains("$" + name)
                || microProfileName(name, properties)).as(name + " is read by the service").isTrue());
    }

    @Test
    void theAutoscalerAndTheBudgetPointAtTheDeployment() {
        Deployment deployment = one(Deployment.class);
        HorizontalPodAutoscaler autoscaler = one(HorizontalPodAutoscaler.class);
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(deployment.getSpec().getReplicas());
        assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(autoscaler.getSpec().getMinReplicas());
        PodDisruptionBudget budget = one(PodDisruptionBudget.class);
        assertThat(budget.getSpec().getSelector().getMatchLabels()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMinAvailable().getIntVal()).isLessThan(deployment.getSpec().getReplicas());
        assertThat(one(Service.class).getSpec().getSelector()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
    }

    /** MP_JWT_VERIFY_PUBLICKEY_LOCATION is mp.jwt.verify.publickey.location by MicroProfile Config's own mapping. */
    private static boolean microProfileName(String name, String properties) {
        return name.equals("MP_JWT_VERIFY_PUBLICKEY_LOCATION") && properties.contains("mp.jwt.verify.publickey.location");
    }

    private static Container container() {
        return one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static <T> T one(Class<T> type) {
        List<T> found = resources.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    /** Fields the model does not know land in additionalProperties; this lists them, with where they are. */
    private static List<String> unknownFields(Object value, String path, Map<Object, Boolean> seen) {
        List<String> unknown = new ArrayList<>();
        if (value == null || seen.put(value, true) != null) {
            return unknown;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknown.addAll(unknownFields(item, path + "[" + index++ + "]", seen));
            }
            return unknown;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknown.addAll(unknownFields(item, path + "." + key, seen)));
            return unknown;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return unknown;
        }
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(value.getClass(), Object.class).getPropertyDescriptors()) {
                if (property.getReadMethod() == null) {
                    continue;
                }
                Object field = property.getReadMethod().invoke(value);
                if (property.getName().equals("additionalProperties")) {
                    ((Map<?, ?>) field).keySet().forEach(key -> unknown.add(path + "." + key));
                } else if (!Set.of("class").contains(property.getName())) {
                    unknown.addAll(unknownFields(field, path + "." + property.getName(), seen));
                }
            }
        } catch (java.beans.IntrospectionException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        return unknown;
    }
}
