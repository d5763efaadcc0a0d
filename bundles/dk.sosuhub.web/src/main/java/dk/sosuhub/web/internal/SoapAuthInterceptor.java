package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.UserService;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.phase.Phase;

import java.util.Optional;

/** HTTP Basic authentication for SOAP calls; the WSDL stays public because it is served before this phase. */
public class SoapAuthInterceptor extends AbstractSoapInterceptor {

    private final UserService users;

    public SoapAuthInterceptor(UserService users) {
        super(Phase.PRE_INVOKE);
        this.users = users;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        Optional<Caller> caller = policy == null ? Optional.empty()
                : users.authenticate(policy.getUserName(), policy.getPassword());
        if (caller.isEmpty()) {
            SoapFault fault = new SoapFault("Unauthorized: sign in with HTTP Basic authentication",
                    message.getVersion().getSender());
            fault.setStatusCode(401);
            throw fault;
        }
        message.getExchange().put(Caller.class, caller.get());
    }
}
