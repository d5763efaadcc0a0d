package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.audit.AuditTrail;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

/** Records a REST call of a module's door in the audit trail once it has succeeded (the Gate left a note). */
final class AuditResponseFilter implements ContainerResponseFilter {

    private static final java.util.regex.Pattern NEW_STUDENT = java.util.regex.Pattern.compile("/students/(\\d{1,18})$");

    private final AuditTrail trail;

    AuditResponseFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(AuditNotes.PROPERTY) instanceof AuditNotes.Note note && response.getStatus() < 400) {
            if (note.studentId() == null && response.getLocation() != null) {
                // a student just created: the new record's id is in the Location
                java.util.regex.Matcher created = NEW_STUDENT.matcher(response.getLocation().getPath());
                if (created.find()) {
                    note = new AuditNotes.Note(note.caller(), note.municipality(), note.action(), note.what(),
                            Long.valueOf(created.group(1)), note.channel());
                }
            }
            note.recordIn(trail);
        }
    }
}
