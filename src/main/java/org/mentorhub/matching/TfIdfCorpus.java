package org.mentorhub.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * TF-IDF vectors of participants' free text (bio, goals, interests), with document frequencies from the whole
 * program, compared by cosine similarity. Weights: {@code (1 + ln tf) · (1 + ln((N + 1) / (df + 1)))}, vectors
 * L2-normalised, so the cosine is in [0, 1].
 */
public final class TfIdfCorpus {

    private final Map<String, Map<String, Double>> vectors;
    /** Per document: each term with the word it came from, to show people words rather than stems. */
    private final Map<String, Map<String, String>> words;

    private TfIdfCorpus(Map<String, Map<String, Double>> vectors, Map<String, Map<String, String>> words) {
        this.vectors = vectors;
        this.words = words;
    }

    /** Builds vectors for each document; {@code text} gives a document's free text. */
    public static <T> TfIdfCorpus of(Collection<T> documents, Function<T, String> id, Function<T, String> text,
                                     TextTerms analysis) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Map<String, String>> words = new HashMap<>();
        for (T document : documents) {
            Map<String, Integer> termCounts = new TreeMap<>();
            Map<String, String> documentWords = new HashMap<>();
            analysis.analyze(text.apply(document), (term, word) -> {
                termCounts.merge(term, 1, Integer::sum);
                documentWords.putIfAbsent(term, word);
            });
            counts.put(id.apply(document), termCounts);
            words.put(id.apply(document), documentWords);
            termCounts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        int n = counts.size();
        Map<String, Map<String, Double>> vectors = new HashMap<>();
        counts.forEach((documentId, termCounts) -> {
            Map<String, Double> vector = new TreeMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> entry : termCounts.entrySet()) {
                double idf = 1 + Math.log((n + 1.0) / (documentFrequency.get(entry.getKey()) + 1.0));
                double weight = (1 + Math.log(entry.getValue())) * idf;
                vector.put(entry.getKey(), weight);
                norm += weight * weight;
            }
            double length = Math.sqrt(norm);
            vector.replaceAll((term, weight) -> weight / length);
            vectors.put(documentId, vector);
        });
        return new TfIdfCorpus(vectors, words);
    }

    /** The word {@code term} came from in the document, as first written; the term itself if unknown. */
    public String word(String documentId, String term) {
        return words.getOrDefault(documentId, Map.of()).getOrDefault(term, term);
    }

    /** Cosine similarity of two documents in [0, 1] (0 when either is unknown or empty). */
    public double cosine(String first, String second) {
        return sharedTerms(first, second, Integer.MAX_VALUE).stream().mapToDouble(SharedTerm::contribution).sum();
    }

    /** The shared terms of two documents, largest contribution to the cosine first (ties by term). */
    public List<SharedTerm> sharedTerms(String first, String second, int limit) {
        Map<String, Double> a = vectors.getOrDefault(first, Map.of());
        Map<String, Double> b = vectors.getOrDefault(second, Map.of());
        List<SharedTerm> shared = new ArrayList<>();
        a.forEach((term, weight) -> {
            Double other = b.get(term);
            if (other != null) {
                shared.add(new SharedTerm(term, weight * other));
            }
        });
        shared.sort(Comparator.comparingDouble(SharedTerm::contribution).reversed()
                .thenComparing(SharedTerm::term));
        return shared.size() > limit ? List.copyOf(shared.subList(0, limit)) : shared;
    }

    /** A term both documents use and its share of their cosine. */
    public record SharedTerm(String term, double contribution) {
    }
}
