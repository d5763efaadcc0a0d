package dk.sosuhub.core.api.gdpr;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What one module holds about a student, for the student's right of access and right to erasure. A module that keeps
 * personal data about students registers one of these as an OSGi service; the students module's
 * {@code GET .../students/{id}/export} and {@code POST .../students/{id}/erase} ask every registered one.
 */
@ConsumerType
public interface PersonalData {

    /** The module's id, the key of its part of an export. */
    String module();

    /**
     * Everything the module holds about the student, as something Jackson writes as JSON (records, lists, maps);
     * {@code null} when it holds nothing.
     */
    Object export(String municipality, long studentId);

    /**
     * Removes or replaces what identifies the student (free texts, notes, locations, messages), keeping what the
     * municipality's figures are made of (dates, codes, counts), so every KPI stays as it was. Runs in the module's
     * own transaction; must be safe to repeat.
     */
    void erase(String municipality, long studentId);
}
