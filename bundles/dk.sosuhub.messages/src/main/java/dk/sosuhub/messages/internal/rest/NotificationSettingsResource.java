package dk.sosuhub.messages.internal.rest;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.messages.Frequency;
import dk.sosuhub.messages.NotificationKind;
import dk.sosuhub.messages.NotificationPreferences;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.OwnMunicipality;
import dk.sosuhub.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import java.util.Map;

/** The caller's e-mail notification preferences; guarded by the module's switch in the caller's municipality. */
@Component(service = NotificationSettingsResource.class, property = RestResources.PROPERTY + "=true")
@Path("/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OwnMunicipality
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.SUPERVISOR_NAME,
        Role.STUDENT_NAME})
public class NotificationSettingsResource {

    private final NotificationPreferences preferences;

    @Activate
    public NotificationSettingsResource(@Reference NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GET
    @Description("How often the caller is mailed per kind (MESSAGE, ABSENCE, HANDOVER): IMMEDIATE (default), DAILY"
            + " (16:00), WEEKLY (Mondays 08:00) or NEVER.")
    public Map<NotificationKind, Frequency> get(@Context SecurityContext security) {
        return preferences.get(Callers.of(security));
    }

    @PUT
    @Description("Sets the kinds given, e.g. {\"MESSAGE\": \"IMMEDIATE\", \"ABSENCE\": \"DAILY\"}; the others keep their"
            + " setting. An unknown kind or frequency is 422 and changes nothing.")
    public Map<NotificationKind, Frequency> put(Map<String, String> choices, @Context SecurityContext security) {
        return preferences.set(Callers.of(security), choices);
    }
}
