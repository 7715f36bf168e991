package org.pnyx.gui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** JSON for the page: maps and lists of plain values; numbers that are not finite become null. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A value, or null when it is NaN or infinite (JSON has no such numbers; the charts draw a gap). */
    static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON object read from a request body; empty for an empty body. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            Object v = MAPPER.readValue(body, Object.class);
            if (v instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
        } catch (JsonProcessingException e) {
            throw new BadRequest("the request is not valid JSON: " + e.getOriginalMessage());
        }
        throw new BadRequest("the request must be a JSON object");
    }

    /** A request the studio refuses, with the message shown to the user. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
