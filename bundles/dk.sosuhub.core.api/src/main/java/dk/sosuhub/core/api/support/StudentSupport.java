package dk.sosuhub.core.api.support;

import org.osgi.annotation.versioning.ConsumerType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What a module that supports students (e.g. module mentoring) tells others about the support they have, as a
 * whiteboard service. A reader asks every registered one and shows only those whose {@link #moduleId()} is switched
 * on in the municipality.
 */
@ConsumerType
public interface StudentSupport {

    /** The kind of support of a retention mentor (fastholdelsesmentor). */
    String RETENTION_MENTOR = "RETENTION_MENTOR";

    /** Where the support stands on the day asked about. */
    enum Status {
        /** The student was referred; the support has not started. */
        REFERRED,
        /** The support is running. */
        ACTIVE
    }

    /**
     * One support measure of a student.
     *
     * @param kind  e.g. {@link #RETENTION_MENTOR}
     * @param since the referral date while {@code REFERRED}, the start date while {@code ACTIVE}
     */
    record Measure(long studentId, String kind, Status status, LocalDate since) {
    }

    /** The id of the module that offers this support, whose switch decides whether a municipality sees it. */
    String moduleId();

    /**
     * The measures open on {@code date} (referred and not yet started or withdrawn, or started and not closed) for
     * the given students of the municipality; students without any are left out.
     */
    List<Measure> open(String municipality, Collection<Long> studentIds, LocalDate date);
}
