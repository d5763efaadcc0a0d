package dk.sosuhub.placements;

import org.osgi.annotation.versioning.ProviderType;

import java.time.LocalDate;

/**
 * The placement planner of a municipality, for other bundles (the REST and SOAP faces use the same service).
 * Proposals change nothing until accepted; accepting one writes the sites into the module's plan and into the
 * students' plans in core.
 */
@ProviderType
public interface PlacementPlanner {

    /**
     * Plans every placement period of the municipality's active students that starts from {@code from} to
     * {@code to} (both included), keeping pinned periods and those outside the range.
     *
     * @return the proposal's id
     */
    long propose(String municipality, LocalDate from, LocalDate to);

    /**
     * Applies a proposal.
     *
     * @throws dk.sosuhub.core.api.error.ConflictException when it was accepted before or anything it was made from
     *                                                       has changed since
     */
    void accept(String municipality, long proposalId);

    /** How many placement periods of the municipality are placed now. */
    int placedPeriods(String municipality);
}
