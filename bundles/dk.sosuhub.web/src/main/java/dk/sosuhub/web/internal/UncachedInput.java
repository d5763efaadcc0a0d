package dk.sosuhub.web.internal;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Tells CXF not to copy a request's body into a cache when the answer starts. CXF does that by default in case an
 * answer echoes a streamed request (SOAP one-ways, WS-Addressing); JSON bodies here are read whole before the
 * answer, so the copy only cost every request a cache buffer and a read of the (mostly empty) input. What is left
 * unread is still drained, as CXF does for answers it does not cache for.
 */
final class UncachedInput extends AbstractPhaseInterceptor<Message> {

    /** the exchange property CXF's {@code OutgoingChainInterceptor} and HTTP destination read */
    static final String CACHE_INPUT = "cxf.io.cacheinput";

    UncachedInput() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        message.getExchange().put(CACHE_INPUT, Boolean.FALSE);
    }
}
