package dk.sosuhub.knowledge.internal.guides;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuideSlugTest {

    @Test
    void danishLettersBecomeAsciiAndWordsHyphens() {
        assertEquals("praktisk-info-til-oplaeringsvejledere-i-aeldreplejen",
                GuideServiceImpl.slug("Praktisk info til oplæringsvejledere i ældreplejen"));
        assertEquals("saadan-soeger-du-om-euv1-cafe", GuideServiceImpl.slug("  Sådan søger du om EUV1 — café! "));
    }

    @Test
    void emptyOrLongTitlesStillGiveAUsableId() {
        assertEquals("guide", GuideServiceImpl.slug("?!"));
        String slug = GuideServiceImpl.slug("ord ".repeat(100));
        assertTrue(slug.length() <= GuideServiceImpl.MAX_SLUG - 10 && !slug.endsWith("-"), slug);
    }
}
