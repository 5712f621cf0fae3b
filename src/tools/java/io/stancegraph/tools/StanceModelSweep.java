package io.stancegraph.tools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the claim-similarity thresholds on one half of the stance gold: for each margin and floor on a small grid,
 * the model's agreement on the gold's evidence and its end-to-end positions, on the articles whose id starts with the
 * prefix given. Embeddings are cached, so the grid costs one pass of the model. Run with the tools' class path:
 * {@code java -cp ... io.stancegraph.tools.StanceModelSweep CORPUS GOLD_FOLDER PREFIX [minilm|minilm-q] [COMBINATION]}.
 */
final class StanceModelSweep {

    private StanceModelSweep() {
    }

    public static void main(String[] args) throws Exception {
        List<String> corpus = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        Path gold = Path.of(args[1]);
        String prefix = args[2];
        String name = args.length > 3 ? args[3] : "minilm";
        String combination = args.length > 4 ? args[4] : name;
        ClaimSimilarity similarity = new ClaimSimilarity(ClaimSimilarity.Model.named(name));
        System.out.printf(Locale.ROOT, "%s on %s*, %s loaded in %d ms%n", combination, prefix, name,
                similarity.loadMillis());
        System.out.println("margin floor  evidence        positions right precision covered");
        for (double floor : new double[] { 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55 }) {
            for (double margin : new double[] { 0.0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12 }) {
                var assess = ModelStanceAssessor.combined(combination, margin, floor, model -> similarity);
                StanceGold.Result result = StanceGold.evaluate(corpus, List.of(gold), 0.8, 0.85, null, assess,
                        article -> article.startsWith(prefix));
                List<StanceGold.Judged> all = result.positions();
                long right = all.stream().filter(StanceGold.Judged::right).count();
                System.out.printf(Locale.ROOT, "%.2f   %.2f   %3d/%3d %.3f   %3d       %3d   %.3f     %3d%n", margin,
                        floor, result.evidenceAgreeing(), result.evidenceCompared(),
                        (double) result.evidenceAgreeing() / result.evidenceCompared(), all.size(), right,
                        StanceGold.Result.precision(all), result.covered(all));
            }
        }
    }
}
