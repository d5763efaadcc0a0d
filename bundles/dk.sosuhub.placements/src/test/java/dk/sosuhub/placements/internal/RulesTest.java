package dk.sosuhub.placements.internal;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.SiteType;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RulesTest {

    private static final Set<SiteType> MUNICIPAL = Set.of(SiteType.CARE_HOME, SiteType.HOME_CARE, SiteType.REHABILITATION,
            SiteType.DAY_CENTRE);

    @Test
    void sshHasTwoMunicipalPeriodsOfDifferentTypes() {
        List<PeriodRule> ssh = Rules.defaults().get(Programme.SSH);
        assertEquals(2, ssh.size());
        assertEquals(new PeriodRule(1, MUNICIPAL, List.of()), ssh.get(0));
        assertEquals(new PeriodRule(2, MUNICIPAL, List.of(1)), ssh.get(1));
    }

    @Test
    void ssaGoesToPsychiatryAndHospitalBetweenMunicipalPeriods() {
        List<PeriodRule> ssa = Rules.defaults().get(Programme.SSA);
        assertEquals(List.of(1, 2, 3, 4), ssa.stream().map(PeriodRule::period).toList());
        assertEquals(MUNICIPAL, ssa.get(0).siteTypes());
        assertEquals(Set.of(SiteType.PSYCHIATRY), ssa.get(1).siteTypes());
        assertEquals(Set.of(SiteType.HOSPITAL), ssa.get(2).siteTypes());
        assertEquals(MUNICIPAL, ssa.get(3).siteTypes());
        ssa.forEach(r -> assertEquals(List.of(), r.differentTypeFrom()));
    }

    @Test
    void theDefaultsPassTheirOwnValidation() {
        assertDoesNotThrow(() -> Rules.validate(Rules.defaults()));
        assertEquals(SiteType.municipal(), MUNICIPAL);
        assertEquals(List.of(SiteType.CARE_HOME, SiteType.HOME_CARE), List.copyOf(
                new PeriodRule(1, Set.of(SiteType.HOME_CARE, SiteType.CARE_HOME), null).siteTypes()));
    }

    @Test
    void everyInvalidRuleIsNamed() {
        Map<Programme, List<PeriodRule>> rules = new EnumMap<>(Programme.class);
        rules.put(Programme.SSH, List.of(
                new PeriodRule(1, Set.of(), List.of()),
                new PeriodRule(1, MUNICIPAL, List.of(2)),
                new PeriodRule(3, MUNICIPAL, List.of())));
        rules.put(Programme.SSA, List.of(new PeriodRule(1, MUNICIPAL, List.of())));
        ValidationException e = assertThrows(ValidationException.class, () -> Rules.validate(rules));
        List<String> fields = e.errors().stream().map(ValidationException.FieldError::field).toList();
        assertEquals(List.of("SSH[0].siteTypes", "SSH[1].period", "SSH[1].differentTypeFrom", "SSH[2].period", "SSA"), fields);
    }

    @Test
    void nothingToSetIsRefused() {
        assertThrows(ValidationException.class, () -> Rules.validate(Map.of()));
        assertThrows(ValidationException.class, () -> Rules.validate(null));
    }

    @Test
    void oneProgrammeAlone() {
        assertDoesNotThrow(() -> Rules.validate(Map.of(Programme.SSH, List.of(
                new PeriodRule(2, Set.of(SiteType.HOME_CARE), List.of(1)), new PeriodRule(1, Set.of(SiteType.CARE_HOME), null)))));
    }
}
