package dk.sosuhub.web.internal;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;

import java.util.List;
import java.util.Map;

/** Refuses SOAP requests whose announced length is over the limit, before anything is parsed. */
public class SoapSizeLimit extends AbstractSoapInterceptor {

    private final long maxBytes;

    public SoapSizeLimit(long maxBytes) {
        super(Phase.RECEIVE);
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        List<String> length = headers == null ? null : headers.get("Content-Length");
        if (length != null && !length.isEmpty() && length.get(0).matches("\\d{1,18}") && Long.parseLong(length.get(0)) > maxBytes) {
            SoapFault fault = new SoapFault("The request is larger than the limit of " + maxBytes + " bytes",
                    message.getVersion().getSender());
            fault.setStatusCode(413);
            throw fault;
        }
    }
}
