package dk.sosuhub.web.soap;

import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.security.Caller;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/** The authenticated caller of the SOAP operation running on this thread. */
public final class SoapCaller {

    private SoapCaller() {
    }

    public static Caller current() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Caller caller = message == null ? null : message.getExchange().get(Caller.class);
        if (caller == null) {
            throw new ForbiddenException("Not authenticated");
        }
        return caller;
    }
}
