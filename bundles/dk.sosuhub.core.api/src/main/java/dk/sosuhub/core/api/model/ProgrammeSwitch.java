package dk.sosuhub.core.api.model;

import java.time.LocalDate;

/**
 * An SSA student who switched to the SSH programme. The SSA record ends as a dropout with reason
 * {@link DropoutReason#SWITCHED_PROGRAMME} (as the published dropout statistics count it) and a new SSH record
 * starts on the switch date, so each programme's figures stay about that programme.
 */
public record ProgrammeSwitch(LocalDate date, Student from, Student to) {
}
