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
 * Posts {@link StudentEvents} (asynchronously) and sends {@link dk.sosuhub.core.api.event.UserEvents} (synchronously)
 * through Event Admin once a change is committed: a slow student-event subscriber never holds up the request, while
 * a user's sessions end before the change is answered. Without Event Admin nothing is sent and the core works on.
 */
@Component(service = EventPublisher.class)
public class EventPublisher {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    /** Sends a user event and returns once every handler had it, so that sessions end before the change is answered. */
    public void sendUserEvent(String topic, String username) {
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            admin.sendEvent(new Event(topic, Map.of(dk.sosuhub.core.api.event.UserEvents.USERNAME, username)));
        }
    }

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
