package dk.sosuhub.knowledge.internal.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizer.Foldings;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.EnumSet;

/** Turns the keyboard spellings aa/ae/oe into å/æ/ø (and ä/ö into æ/ø) so the dictionaries recognise the word. */
public final class DanishNormalizationFilter extends TokenFilter {

    private static final ScandinavianNormalizer NORMALIZER =
            new ScandinavianNormalizer(EnumSet.of(Foldings.AA, Foldings.AE, Foldings.OE));
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public DanishNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        term.setLength(NORMALIZER.processToken(term.buffer(), term.length()));
        return true;
    }
}
