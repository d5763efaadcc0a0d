package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.ModuleDisabledException;
import dk.sosuhub.core.api.error.SosuException;
import dk.sosuhub.core.api.error.ValidationException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Makes a {@link SosuException} thrown by an operation a client fault ({@code soap:Client}) whose detail holds
 * the same problem as the REST API would give: {@code <problem xmlns="urn:sosuhub:problem">} with type,
 * status and, for invalid input, one {@code error} per field.
 */
public class SoapFaultInterceptor extends AbstractSoapInterceptor {

    static final String NS = "urn:sosuhub:problem";

    public SoapFaultInterceptor() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Exception e = message.getContent(Exception.class);
        if (!(e instanceof Fault fault) || !(fault.getCause() instanceof SosuException problem)) {
            return;
        }
        SoapFault soapFault = SoapFault.createFault(fault, message.getVersion());
        soapFault.setFaultCode(message.getVersion().getSender());
        soapFault.setMessage(problem.getMessage());
        Element detail = soapFault.getOrCreateDetail();
        Document doc = detail.getOwnerDocument();
        Element p = doc.createElementNS(NS, "problem");
        add(p, "type", Problems.TYPE_PREFIX + problem.type());
        add(p, "title", problem.title());
        add(p, "status", Integer.toString(problem.status()));
        if (problem instanceof ValidationException v) {
            for (ValidationException.FieldError error : v.errors()) {
                Element el = add(p, "error", error.message());
                el.setAttribute("field", error.field());
                if (error.row() != null) {
                    el.setAttribute("row", error.row().toString());
                }
            }
        } else if (problem instanceof ConflictException c) {
            c.conflicting().forEach(id -> add(p, "conflict", id));
        } else if (problem instanceof ModuleDisabledException m) {
            add(p, "module", m.moduleId());
        }
        detail.appendChild(p);
        message.setContent(Exception.class, soapFault);
    }

    private static Element add(Element parent, String name, String text) {
        Element el = parent.getOwnerDocument().createElementNS(NS, name);
        el.setTextContent(text);
        parent.appendChild(el);
        return el;
    }
}
