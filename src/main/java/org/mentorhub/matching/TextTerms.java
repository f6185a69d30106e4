package org.mentorhub.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** English analysis of free text into terms (lower case, stop words removed, Porter-stemmed) with Lucene. */
public final class TextTerms implements AutoCloseable {

    private static final String POSSESSIVE = "'s";

    private final Analyzer analyzer = new EnglishAnalyzer();

    /** Terms of the text in order, repeats kept. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        analyze(text, (term, word) -> terms.add(term));
        return terms;
    }

    /**
     * Each term of the text with the word it was stemmed from, lower case, as first written: people read
     * "architecture", not the stem "architectur".
     */
    public Map<String, String> wordsByTerm(String text) {
        Map<String, String> words = new HashMap<>();
        analyze(text, words::putIfAbsent);
        return words;
    }

    /** Hands each term of the text, in order, to {@code termAndWord} with the word it came from. */
    public void analyze(String text, BiConsumer<String, String> termAndWord) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                termAndWord.accept(term.toString(), word(text.substring(offset.startOffset(), offset.endOffset())));
            }
            stream.end();
        } catch (IOException impossible) {
            // Reading a String never fails; keep the signature honest rather than swallow it.
            throw new UncheckedIOException(impossible);
        }
    }

    /** The analyzer drops a possessive from the term, so the word shown drops it too. */
    private static String word(String written) {
        String lower = written.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return lower.endsWith(POSSESSIVE) ? lower.substring(0, lower.length() - POSSESSIVE.length()) : lower;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
