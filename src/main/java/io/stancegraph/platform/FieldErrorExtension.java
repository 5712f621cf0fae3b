package io.stancegraph.platform;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Adds `extensions.field`, the argument path to blame, to errors raised by the domain. */
public class FieldErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain && domain.field() != null) {
                return Json.createValue(domain.field());
            }
        }
        return JsonValue.NULL;
    }
}
