package dk.sosuhub.core.api.gdpr;

import org.osgi.annotation.versioning.ProviderType;

/** Erasure of the core student record's identifying data. Implemented by the platform. */
@ProviderType
public interface StudentErasure {

    /**
     * Replaces the name, reduces the birth date to the age at start, deletes the free texts of talks and the
     * student's own user account; keeps programme, dates, status, reasons, absences and the plan, so every KPI
     * figure stays exactly as it was. Safe to repeat.
     */
    void erase(String municipality, long studentId);
}
