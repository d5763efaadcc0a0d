package dk.sosuhub.messages.internal.soap;

import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.messages.ConversationService;
import dk.sosuhub.messages.HandoverService;
import dk.sosuhub.messages.internal.MessagesModule;
import dk.sosuhub.web.soap.SoapCaller;
import dk.sosuhub.web.soap.SoapServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import java.util.List;

/**
 * Conversations and handovers over SOAP at /soap/messages, with the REST API's roles and the same participants
 * rule (attachments are REST only).
 */
@Component(service = MessagesSoapService.class, property = SoapServices.PROPERTY + "=" + MessagesModule.ID)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.SUPERVISOR_NAME, Role.STUDENT_NAME})
@WebService(name = "Messages", serviceName = "MessagesService", targetNamespace = MessagesSoapService.NS)
public class MessagesSoapService {

    public static final String NS = "urn:sosuhub:messages";

    private final ConversationService conversations;
    private final HandoverService handovers;

    @Activate
    public MessagesSoapService(@Reference ConversationService conversations, @Reference HandoverService handovers) {
        this.conversations = conversations;
        this.handovers = handovers;
    }

    @WebMethod
    @WebResult(name = "conversation")
    public List<MessagesXml.ConversationView> listConversations(@WebParam(name = "municipality") String municipality,
                                                                @WebParam(name = "studentId") long studentId) {
        return conversations.conversations(SoapCaller.current(), municipality, studentId).stream()
                .map(MessagesXml.ConversationView::of).toList();
    }

    @WebMethod
    @WebResult(name = "conversation")
    public MessagesXml.ConversationView startConversation(@WebParam(name = "municipality") String municipality,
                                                          @WebParam(name = "studentId") long studentId,
                                                          @WebParam(name = "subject") String subject,
                                                          @WebParam(name = "staffOnly") Boolean staffOnly,
                                                          @WebParam(name = "text") String text) {
        return MessagesXml.ConversationView.of(conversations.start(SoapCaller.current(), municipality, studentId, subject,
                staffOnly, text));
    }

    @WebMethod
    @WebResult(name = "message")
    public List<MessagesXml.MessageView> listMessages(@WebParam(name = "municipality") String municipality,
                                                      @WebParam(name = "conversationId") long conversationId,
                                                      @WebParam(name = "after") Long after) {
        return conversations.messages(SoapCaller.current(), municipality, conversationId, after).stream()
                .map(MessagesXml.MessageView::of).toList();
    }

    @WebMethod
    @WebResult(name = "message")
    public MessagesXml.MessageView postMessage(@WebParam(name = "municipality") String municipality,
                                               @WebParam(name = "conversationId") long conversationId,
                                               @WebParam(name = "text") String text) {
        return MessagesXml.MessageView.of(conversations.post(SoapCaller.current(), municipality, conversationId, text, List.of()));
    }

    @WebMethod
    @WebResult(name = "handover")
    public List<MessagesXml.HandoverView> listHandovers(@WebParam(name = "municipality") String municipality,
                                                        @WebParam(name = "studentId") long studentId) {
        return handovers.handovers(SoapCaller.current(), municipality, studentId).stream()
                .map(MessagesXml.HandoverView::of).toList();
    }

    @WebMethod
    @WebResult(name = "unread")
    public int countUnread(@WebParam(name = "municipality") String municipality) {
        var caller = SoapCaller.current();
        if (!municipality.equals(caller.municipality())) {
            throw new NotFoundException("The inbox is of the caller's own municipality");
        }
        return conversations.inbox(caller).unread();
    }
}
