package dk.sosuhub.messages.internal.data;

import dk.sosuhub.core.api.event.StudentEvents;
import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.messages.NotificationKind;
import dk.sosuhub.messages.internal.MessagesModule;
import dk.sosuhub.messages.internal.data.People.StudentFile;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When an absence is registered for a student (REST, SOAP, CSV or a page: all go through core, which posts the
 * event after the commit), the student's followers (the personal advisor and the current supervisor) are to be
 * notified, each per their preference for ABSENCE. Only where the module is on in the student's municipality.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + StudentEvents.ABSENCE_REGISTERED)
public class AbsenceNotices implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AbsenceNotices.class);

    @Reference(target = "(osgi.unit.name=sosuhub-messages)")
    JpaTemplate jpa;

    @Reference(target = "(" + ModuleSchema.PROPERTY + "=" + MessagesModule.ID + ")")
    ModuleSchema schema;

    @Reference
    ModuleService modules;

    @Reference
    People people;

    @Override
    public void handleEvent(Event event) {
        String municipality = (String) event.getProperty(StudentEvents.MUNICIPALITY);
        Object id = event.getProperty(StudentEvents.STUDENT_ID);
        if (municipality == null || !(id instanceof Number studentId)) {
            return;
        }
        try {
            if (!modules.isEnabled(municipality, MessagesModule.ID)) {
                return;
            }
            StudentFile file = people.file(municipality, studentId.longValue());
            Tx.run(jpa, em -> {
                Notifications.add(em, Notifications.followers(file.student(), file.plan(), people.today()), null,
                        NotificationKind.ABSENCE, file.student(), null, null, null, people.now());
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not record the absence notices for student {} in {}: {}", id, municipality, e.toString());
        }
    }
}
