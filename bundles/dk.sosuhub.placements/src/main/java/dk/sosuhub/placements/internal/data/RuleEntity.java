package dk.sosuhub.placements.internal.data;

import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.SiteType;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** One period's rule of a programme in a municipality; site types and earlier periods as comma-separated lists. */
@Entity
@Table(name = "placement_rule")
@IdClass(RuleEntity.Key.class)
public class RuleEntity {

    public static class Key implements Serializable {
        private String municipality;
        private Programme programme;
        private int period;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(municipality, k.municipality) && programme == k.programme
                    && period == k.period;
        }

        @Override
        public int hashCode() {
            return Objects.hash(municipality, programme, period);
        }
    }

    @Id
    private String municipality;

    @Id
    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Id
    private int period;

    @Column(name = "site_types")
    private String siteTypes;

    @Column(name = "different_type_from")
    private String differentTypeFrom;

    protected RuleEntity() {
    }

    RuleEntity(String municipality, Programme programme, PeriodRule rule) {
        this.municipality = municipality;
        this.programme = programme;
        this.period = rule.period();
        this.siteTypes = EnumSet.copyOf(rule.siteTypes()).stream().map(Enum::name).collect(Collectors.joining(","));
        this.differentTypeFrom = rule.differentTypeFrom().isEmpty() ? null
                : rule.differentTypeFrom().stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    Programme programme() { return programme; }

    PeriodRule toModel() {
        Set<SiteType> types = EnumSet.noneOf(SiteType.class);
        Arrays.stream(siteTypes.split(",")).map(SiteType::valueOf).forEach(types::add);
        List<Integer> earlier = differentTypeFrom == null || differentTypeFrom.isBlank() ? List.of()
                : Arrays.stream(differentTypeFrom.split(",")).map(Integer::valueOf).toList();
        return new PeriodRule(period, types, earlier);
    }
}
