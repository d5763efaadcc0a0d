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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SoapFaultInterceptor.class);

    static final String NS = "urn:sosuhub:problem";

    public SoapFaultInterceptor() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Exception e = message.getContent(Exception.class);
        if (!(e instanceof Fault fault)) {
            return;
        }
        if (!(fault.getCause() instanceof SosuException problem)) {
            hideInternals(message, fault);
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

    /**
     * Any other fault: a body over the limit is 413; XML the service cannot read is the client's fault, said
     * without the parser's words; anything else is an internal error, logged with a reference the caller gets
     * instead of its text. Faults the platform raised itself with a status (sign-in, size) pass unchanged.
     */
    private static void hideInternals(SoapMessage message, Fault fault) {
        if (fault instanceof SoapFault own && own.getStatusCode() != 500 && own.getStatusCode() != 0) {
            return;
        }
        SoapFault replacement;
        org.apache.cxf.message.Message in = message.getExchange() == null ? null : message.getExchange().getInMessage();
        Object request = in == null ? null : in.get(org.apache.cxf.transport.http.AbstractHTTPDestination.HTTP_REQUEST);
        if ((request instanceof javax.servlet.http.HttpServletRequest http && SoapDoor.cut(http))
                || causedBy(fault, SoapDoor.TooLarge.class)) {
            replacement = new SoapFault("The request is larger than the limit", message.getVersion().getSender());
            replacement.setStatusCode(413);
            problem(replacement, "payload-too-large", "Payload Too Large", 413);
        } else if (causedBy(fault, javax.xml.bind.JAXBException.class) || causedBy(fault, javax.xml.stream.XMLStreamException.class)
                || causedBy(fault, org.xml.sax.SAXException.class) || fault.getCause() == null) {
            replacement = new SoapFault(clientText(fault.getMessage()), message.getVersion().getSender());
            problem(replacement, "bad-request", "Bad Request", 400);
            LOG.info("Refused an unreadable SOAP request: {}", fault.getMessage());
        } else {
            String reference = java.util.UUID.randomUUID().toString();
            LOG.error("Unexpected error in a SOAP operation, reference {}", reference, fault);
            replacement = new SoapFault("Internal error; reference " + reference, message.getVersion().getReceiver());
            problem(replacement, "internal", "Internal Server Error", 500);
        }
        message.setContent(Exception.class, replacement);
    }

    /**
     * What the parser said about the client's XML (e.g. the value that is not one of the allowed), unless it speaks
     * of the platform's classes.
     */
    static String clientText(String parserMessage) {
        String generic = "The request does not match the service's WSDL";
        if (parserMessage == null) {
            return generic;
        }
        String text = parserMessage.replaceFirst("^Unmarshalling Error: *", "").strip();
        if (text.isEmpty() || text.length() > 300 || text.matches("(?s).*(\\b[a-z]+\\.[a-z]+\\.[A-Za-z]|Exception|\\bat ).*")) {
            return generic;
        }
        return generic + ": " + text;
    }

    private static void problem(SoapFault fault, String type, String title, int status) {
        Element detail = fault.getOrCreateDetail();
        Element p = detail.getOwnerDocument().createElementNS(NS, "problem");
        add(p, "type", Problems.TYPE_PREFIX + type);
        add(p, "title", title);
        add(p, "status", Integer.toString(status));
        detail.appendChild(p);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        return causeOf(t, type) != null;
    }

    private static Throwable causeOf(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        return null;
    }

    private static Element add(Element parent, String name, String text) {
        Element el = parent.getOwnerDocument().createElementNS(NS, name);
        el.setTextContent(text);
        parent.appendChild(el);
        return el;
    }
}
