package dk.sosuhub.kpi.internal;

import dk.sosuhub.kpi.StudentStatistics.CohortCounts;
import dk.sosuhub.kpi.StudentStatistics.SickLeave;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.UnitType;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Sums the counts of several municipalities; rates are then computed from the sums, never averaged. */
final class Rollup {

    private Rollup() {
    }

    static CohortCounts cohorts(Collection<CohortCounts> counts) {
        long hired = 0;
        long completed = 0;
        long dropped = 0;
        long employed = 0;
        Map<UnitType, Long> byUnit = new EnumMap<>(UnitType.class);
        Map<DropoutReason, Long> byReason = new EnumMap<>(DropoutReason.class);
        Map<String, Long> byPhase = new TreeMap<>();
        for (CohortCounts c : counts) {
            hired += c.hired();
            completed += c.completed();
            dropped += c.droppedOut();
            employed += c.employed();
            sumInto(byUnit, c.employedByUnitType());
            sumInto(byReason, c.dropoutByReason());
            sumInto(byPhase, c.dropoutByPhase());
        }
        return new CohortCounts(hired, completed, dropped, employed, byUnit, byReason, byPhase);
    }

    /** Sums maps of maps of counts, e.g. programme → reason → count over municipalities. */
    static <K, V extends Enum<V>> Map<K, Map<V, Long>> nested(Collection<Map<K, Map<V, Long>>> maps,
                                                               Supplier<Map<K, Map<V, Long>>> outer, Class<V> inner) {
        Map<K, Map<V, Long>> result = outer.get();
        for (Map<K, Map<V, Long>> m : maps) {
            m.forEach((k, counts) -> sumInto(result.computeIfAbsent(k, x -> new EnumMap<>(inner)), counts));
        }
        return result;
    }

    static SickLeave sickLeave(Collection<SickLeave> all) {
        BigDecimal days = BigDecimal.ZERO;
        long planned = 0;
        for (SickLeave s : all) {
            days = days.add(s.sickDays());
            planned += s.plannedDays();
        }
        return new SickLeave(days, planned);
    }

    static <K> void sumInto(Map<K, Long> target, Map<K, Long> counts) {
        counts.forEach((k, n) -> target.merge(k, n, Long::sum));
    }
}
