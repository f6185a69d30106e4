package org.mentorhub.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** English analysis of free text into terms (lower case, stop words removed, Porter-stemmed) with Lucene. */
public final class TextTerms implements AutoCloseable {

    private final Analyzer analyzer = new EnglishAnalyzer();

    /** Terms of the text in order, repeats kept. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException impossible) {
            // Reading a String never fails; keep the signature honest rather than swallow it.
            throw new UncheckedIOException(impossible);
        }
        return terms;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
