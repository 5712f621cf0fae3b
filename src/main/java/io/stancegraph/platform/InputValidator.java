package io.stancegraph.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks an input record against its Bean Validation constraints and refuses it as one INVALID_INPUT error that
 * names every broken field, so clients see the same error shape for every bad input.
 */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T input, String argument) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (violations.isEmpty()) {
            return input;
        }
        List<ConstraintViolation<T>> sorted = violations.stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString())).toList();
        String message = sorted.stream()
                .map(violation -> argument + "." + violation.getPropertyPath() + " " + violation.getMessage())
                .collect(Collectors.joining("; "));
        throw new InvalidInputException(message, argument + "." + sorted.get(0).getPropertyPath());
    }

    /** For plain string arguments that must carry text. */
    public static String requireText(String value, String argument, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(argument + " must not be blank", argument);
        }
        if (value.length() > maxLength) {
            throw new InvalidInputException(argument + " must be at most " + maxLength + " characters", argument);
        }
        return value.strip();
    }
}
