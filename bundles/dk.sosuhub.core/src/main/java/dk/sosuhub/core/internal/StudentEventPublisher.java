package dk.sosuhub.core.internal;

import dk.sosuhub.core.api.event.StudentEvents;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import java.util.HashMap;
import java.util.Map;

/**
 * Posts {@link StudentEvents} through Event Admin once a change is committed. Posting is asynchronous, so a slow
 * subscriber never holds up the request; without Event Admin nothing is posted and the core works on.
 */
@Component(service = StudentEventPublisher.class)
public class StudentEventPublisher {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    /**
     * @param more further properties as name, value pairs; values are sent as given (null values are left out)
     */
    public void post(String topic, String municipality, long studentId, Object... more) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(StudentEvents.MUNICIPALITY, municipality);
        properties.put(StudentEvents.STUDENT_ID, studentId);
        for (int i = 0; i + 1 < more.length; i += 2) {
            if (more[i + 1] != null) {
                properties.put((String) more[i], more[i + 1]);
            }
        }
        admin.postEvent(new Event(topic, properties));
    }
}
