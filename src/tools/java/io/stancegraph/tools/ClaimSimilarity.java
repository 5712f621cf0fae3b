package io.stancegraph.tools;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import io.stancegraph.stance.StanceTopic;

/**
 * How close a statement comes to each of a topic's pro and con claims: cosine similarity of sentence embeddings from
 * a model that ships inside its jar (all-MiniLM-L6-v2, run in-process through ONNX Runtime; nothing is downloaded).
 * Embeddings are cached by text, so a claim is embedded once and an evaluation can be repeated with other thresholds
 * at no cost. Only for the evaluation tools: the model is a test-scope dependency.
 */
final class ClaimSimilarity {

    /** The models this can load: the full-precision MiniLM and its quantised variant. */
    enum Model {
        MINILM, MINILM_Q;

        static Model named(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "minilm" -> MINILM;
                case "minilm-q" -> MINILM_Q;
                default -> throw new IllegalArgumentException("no such model: " + name + " (minilm or minilm-q)");
            };
        }

        EmbeddingModel load() {
            return this == MINILM ? new AllMiniLmL6V2EmbeddingModel() : new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
    }

    /** The most similar pro claim and the most similar con claim, with their cosine similarities. */
    record Closest(double pro, String proClaim, double con, String conClaim) {
        double best() {
            return Math.max(pro, con);
        }
    }

    private final EmbeddingModel model;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();
    private final long loadMillis;

    ClaimSimilarity(Model which) {
        long start = System.nanoTime();
        this.model = which.load();
        embedding("warm up");
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** How long loading the model (and its first embedding) took. */
    long loadMillis() {
        return loadMillis;
    }

    Closest closest(String text, StanceTopic topic) {
        float[] statement = embedding(text);
        double pro = -1;
        double con = -1;
        String proClaim = null;
        String conClaim = null;
        for (String claim : topic.proClaims()) {
            double similarity = cosine(statement, embedding(claim));
            if (similarity > pro) {
                pro = similarity;
                proClaim = claim;
            }
        }
        for (String claim : topic.conClaims()) {
            double similarity = cosine(statement, embedding(claim));
            if (similarity > con) {
                con = similarity;
                conClaim = claim;
            }
        }
        return new Closest(pro, proClaim, con, conClaim);
    }

    /** The text's embedding, computed on first use. */
    float[] embedding(String text) {
        return cache.computeIfAbsent(text, key -> model.embed(key).content().vector());
    }

    /** An embedding computed afresh, for timing. */
    float[] embedUncached(String text) {
        return model.embed(text).content().vector();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
