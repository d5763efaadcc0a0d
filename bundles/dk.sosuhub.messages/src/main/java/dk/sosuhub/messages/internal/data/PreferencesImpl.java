package dk.sosuhub.messages.internal.data;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.messages.Frequency;
import dk.sosuhub.messages.NotificationKind;
import dk.sosuhub.messages.NotificationPreferences;
import dk.sosuhub.messages.internal.MessagesModule;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@Component(service = {NotificationPreferences.class, PreferencesImpl.class})
public class PreferencesImpl implements NotificationPreferences {

    @Reference(target = "(osgi.unit.name=sosuhub-messages)")
    JpaTemplate jpa;

    @Reference(target = "(" + ModuleSchema.PROPERTY + "=" + MessagesModule.ID + ")")
    ModuleSchema schema;

    @Override
    public Map<NotificationKind, Frequency> get(Caller caller) {
        return Tx.run(jpa, em -> of(em, caller.username()));
    }

    @Override
    public Map<NotificationKind, Frequency> set(Caller caller, Map<String, String> choices) {
        if (choices == null) {
            throw new ValidationException("body", "must be an object such as {\"MESSAGE\": \"IMMEDIATE\"}");
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        Map<NotificationKind, Frequency> valid = new EnumMap<>(NotificationKind.class);
        choices.forEach((kind, frequency) -> {
            NotificationKind k = Arrays.stream(NotificationKind.values()).filter(v -> v.name().equals(kind)).findFirst().orElse(null);
            Frequency f = Arrays.stream(Frequency.values()).filter(v -> v.name().equals(frequency)).findFirst().orElse(null);
            if (k == null) {
                errors.add(new ValidationException.FieldError(kind, "is not a kind of notification (MESSAGE, ABSENCE, HANDOVER)"));
            } else if (f == null) {
                errors.add(new ValidationException.FieldError(kind, "must be IMMEDIATE, DAILY, WEEKLY or NEVER"));
            } else {
                valid.put(k, f);
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return Tx.run(jpa, em -> {
            valid.forEach((k, f) -> {
                int updated = em.createNativeQuery("UPDATE msg_preference SET frequency = ? WHERE username = ? AND kind = ?")
                        .setParameter(1, f.name()).setParameter(2, caller.username()).setParameter(3, k.name()).executeUpdate();
                if (updated == 0) {
                    em.createNativeQuery("INSERT INTO msg_preference (username, kind, frequency) VALUES (?, ?, ?)")
                            .setParameter(1, caller.username()).setParameter(2, k.name()).setParameter(3, f.name()).executeUpdate();
                }
            });
            return of(em, caller.username());
        });
    }

    static Map<NotificationKind, Frequency> of(EntityManager em, String username) {
        Map<NotificationKind, Frequency> out = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            out.put(k, Frequency.IMMEDIATE);
        }
        for (Object row : em.createNativeQuery("SELECT kind, frequency FROM msg_preference WHERE username = ?")
                .setParameter(1, username).getResultList()) {
            Object[] r = (Object[]) row;
            try {
                out.put(NotificationKind.valueOf((String) r[0]), Frequency.valueOf((String) r[1]));
            } catch (IllegalArgumentException ignored) {
                // a kind or frequency of a later version: keep the default
            }
        }
        return out;
    }
}
