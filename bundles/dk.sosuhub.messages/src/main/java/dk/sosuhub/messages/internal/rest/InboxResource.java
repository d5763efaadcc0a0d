package dk.sosuhub.messages.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.messages.ConversationService;
import dk.sosuhub.messages.Inbox;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.OwnMunicipality;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/**
 * The caller's inbox. Outside /municipalities/{code}, but about the caller's own municipality: the Gate checks
 * the module's switch there ({@link OwnMunicipality}).
 */
@Component(service = InboxResource.class, property = RestResources.PROPERTY + "=true")
@Path("/me/inbox")
@Produces(MediaType.APPLICATION_JSON)
@OwnMunicipality
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.SUPERVISOR_NAME,
        Role.STUDENT_NAME})
public class InboxResource {

    private final ConversationService conversations;

    @Activate
    public InboxResource(@Reference ConversationService conversations) {
        this.conversations = conversations;
    }

    @GET
    @Description("The caller's conversations in their municipality, latest activity first, with unread counts and"
            + " their sum. Cheap enough to poll every second.")
    public Inbox inbox(@Context SecurityContext security) {
        return conversations.inbox(Callers.of(security));
    }
}
