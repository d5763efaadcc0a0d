package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.audit.AuditTrail;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.web.internal.ModuleOwners.Owner;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.MessageContentsList;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.invoker.MethodDispatcher;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

import javax.servlet.http.HttpServletRequest;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caller signed in by {@link SoapDoor}, and the {@link Gate} for every operation of one published SOAP service: its roles,
 * and for a module's operation the municipality parameter's scope and the module's switch. It runs when the
 * request has been read, so the WSDL stays public.
 */
final class SoapAccessInterceptor extends AbstractSoapInterceptor {

    private final Gate gate;
    private final Class<?> serviceClass;
    private final Supplier<Optional<Owner>> owner;

    private final String service;
    private final java.util.function.Predicate<String> personal;

    /** @param personal whether a module's calls go into the audit trail */
    SoapAccessInterceptor(Gate gate, String service, Class<?> serviceClass, Supplier<Optional<Owner>> owner,
                          java.util.function.Predicate<String> personal) {
        super(Phase.PRE_INVOKE);
        this.service = service;
        this.personal = personal;
        this.gate = gate;
        this.serviceClass = serviceClass;
        this.owner = owner;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        // signed in by the SoapDoor before the body was read
        Optional<Caller> caller = Optional.ofNullable(SoapDoor.callerOf(
                (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST)));
        if (caller.isEmpty()) {
            SoapFault fault = new SoapFault("Unauthorized: sign in with HTTP Basic authentication",
                    message.getVersion().getSender());
            fault.setStatusCode(401);
            throw fault;
        }
        Exchange exchange = message.getExchange();
        exchange.put(Caller.class, caller.get());
        Method method = operation(exchange);
        int index = DoorRules.municipalityParameter(method);
        String municipality = null;
        if (index >= 0) {
            List<Object> arguments = MessageContentsList.getContentsList(message);
            Object value = arguments != null && index < arguments.size() ? arguments.get(index) : null;
            municipality = value == null ? null : value.toString();
        }
        Optional<Owner> owner = this.owner.get();
        try {
            boolean required = index >= 0 && owner.map(o -> !o.isPlatform()).orElse(true);
            gate.check(caller.get(), method, serviceClass, owner, municipality, required);
            if (municipality != null && owner.isPresent() && personal.test(owner.get().moduleId())) {
                List<Object> arguments = MessageContentsList.getContentsList(message);
                exchange.put(AuditNotes.Note.class, new AuditNotes.Note(caller.get(), municipality,
                        AuditNotes.soapAction(method.getName()), "soap " + service + "." + method.getName(),
                        AuditNotes.soapStudent(service, method, arguments), AuditTrail.Channel.SOAP));
            }
        } catch (RuntimeException e) {
            // the fault interceptor turns the SosuException inside into a soap:Client fault with a problem detail
            throw new Fault(e);
        }
    }

    private static Method operation(Exchange exchange) {
        BindingOperationInfo bop = exchange.getBindingOperationInfo();
        MethodDispatcher dispatcher = (MethodDispatcher) exchange.getService().get(MethodDispatcher.class.getName());
        Method method = bop == null || dispatcher == null ? null : dispatcher.getMethod(bop);
        if (method == null) {
            throw new Fault(new IllegalStateException("No operation matched the request"));
        }
        return method;
    }
}
