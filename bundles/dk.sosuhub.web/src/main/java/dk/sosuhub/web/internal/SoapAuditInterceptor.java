package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.audit.AuditTrail;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/** Records a SOAP call of a module's operation in the audit trail once it has answered without a fault. */
final class SoapAuditInterceptor extends AbstractPhaseInterceptor<Message> {

    private final AuditTrail trail;

    SoapAuditInterceptor(AuditTrail trail) {
        super(Phase.PRE_LOGICAL);
        this.trail = trail;
    }

    @Override
    public void handleMessage(Message message) {
        AuditNotes.Note note = message.getExchange().get(AuditNotes.Note.class);
        if (note != null) {
            note.recordIn(trail);
        }
    }
}
