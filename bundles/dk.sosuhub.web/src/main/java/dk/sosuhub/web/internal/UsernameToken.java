package dk.sosuhub.web.internal;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * A WS-Security UsernameToken (OASIS WSS 1.1 UsernameToken Profile) read from the SOAP header of the first bytes of a
 * request, before the body is read. Only {@code PasswordText} can be checked: a {@code PasswordDigest} needs the
 * plain password on the server, which the platform never keeps.
 */
record UsernameToken(String username, String password, String passwordType, String nonce, String created) {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String PASSWORD_TEXT = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    static final String PASSWORD_DIGEST = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";

    private static final XMLInputFactory XML = secureFactory();

    boolean digest() {
        return PASSWORD_DIGEST.equals(passwordType);
    }

    /**
     * The token in the envelope's header, if the header is complete within {@code head}; reading stops at the body.
     */
    static Optional<UsernameToken> find(byte[] head, int length) {
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(head, 0, length));
            String username = null;
            String password = null;
            String type = null;
            String nonce = null;
            String created = null;
            boolean inToken = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if ("Body".equals(name)) {
                        break;
                    }
                    if (WSSE.equals(ns) && "UsernameToken".equals(name)) {
                        inToken = true;
                    } else if (inToken && WSSE.equals(ns) && "Username".equals(name)) {
                        username = xml.getElementText().strip();
                    } else if (inToken && WSSE.equals(ns) && "Password".equals(name)) {
                        type = xml.getAttributeValue(null, "Type");
                        password = xml.getElementText();
                    } else if (inToken && WSSE.equals(ns) && "Nonce".equals(name)) {
                        nonce = xml.getElementText().strip();
                    } else if (inToken && WSU.equals(ns) && "Created".equals(name)) {
                        created = xml.getElementText().strip();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "UsernameToken".equals(xml.getLocalName())) {
                    inToken = false;
                }
            }
            return username == null ? Optional.empty()
                    : Optional.of(new UsernameToken(username, password, type == null ? PASSWORD_TEXT : type, nonce, created));
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
