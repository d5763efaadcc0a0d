package dk.sosuhub.core.api.model;

import java.time.LocalDate;
import java.util.List;

public record Talk(long id, TalkType type, LocalDate date, List<String> participants) {
}
