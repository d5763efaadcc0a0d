package dk.sosuhub.messages.internal.data;

import dk.sosuhub.core.api.gdpr.PersonalData;
import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.messages.internal.MessagesModule;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages module's part of a student's GDPR export and erasure: the conversations about the student with their
 * messages and attachments' names, the handovers and the consents. Erasure deletes the texts and the attachments,
 * keeping that a conversation or handover existed and when.
 */
@Component(service = PersonalData.class)
public class MessagesPersonalData implements PersonalData {

    static final String ERASED = "(slettet)";

    @Reference(target = "(osgi.unit.name=sosuhub-messages)")
    JpaTemplate jpa;

    @Reference(target = "(" + ModuleSchema.PROPERTY + "=" + MessagesModule.ID + ")")
    ModuleSchema schema;

    @Override
    public String module() {
        return MessagesModule.ID;
    }

    @Override
    public Object export(String municipality, long studentId) {
        return Tx.run(jpa, em -> {
            Map<String, Object> part = new LinkedHashMap<>();
            List<Map<String, Object>> conversations = new ArrayList<>();
            for (Object[] c : rows(em, "SELECT id, subject, staff_only, created_by, created_at FROM msg_conversation"
                    + " WHERE municipality = ?1 AND student_id = ?2 ORDER BY id", municipality, studentId)) {
                Map<String, Object> conversation = map("id", c[0], "subject", c[1], "staffOnly", c[2], "createdBy", c[3],
                        "createdAt", String.valueOf(c[4]));
                List<Map<String, Object>> messages = new ArrayList<>();
                for (Object[] m : rows(em, "SELECT id, author, body, created_at FROM msg_message WHERE conversation_id = ?1"
                        + " ORDER BY id", c[0])) {
                    messages.add(map("id", m[0], "author", m[1], "text", m[2], "createdAt", String.valueOf(m[3])));
                }
                conversation.put("messages", messages);
                List<Map<String, Object>> files = new ArrayList<>();
                for (Object[] a : rows(em, "SELECT file_name, content_type, byte_size, uploaded_by FROM msg_attachment"
                        + " WHERE conversation_id = ?1 ORDER BY id", c[0])) {
                    files.add(map("fileName", a[0], "contentType", a[1], "bytes", a[2], "uploadedBy", a[3]));
                }
                conversation.put("attachments", files);
                conversations.add(conversation);
            }
            part.put("conversations", conversations);
            List<Map<String, Object>> handovers = new ArrayList<>();
            for (Object[] h : rows(em, "SELECT id, placement_seq, author, learnt, support, next_site_notes, created_at"
                    + " FROM msg_handover WHERE municipality = ?1 AND student_id = ?2 ORDER BY id", municipality, studentId)) {
                handovers.add(map("id", h[0], "placementSeq", h[1], "author", h[2], "learnt", h[3], "support", h[4],
                        "nextSiteNotes", h[5], "createdAt", String.valueOf(h[6])));
            }
            part.put("handovers", handovers);
            List<Map<String, Object>> consents = new ArrayList<>();
            for (Object[] k : rows(em, "SELECT kind, given, changed_at, changed_by FROM msg_consent"
                    + " WHERE municipality = ?1 AND student_id = ?2", municipality, studentId)) {
                consents.add(map("kind", k[0], "given", k[1], "changedAt", String.valueOf(k[2]), "changedBy", k[3]));
            }
            part.put("consents", consents);
            return part;
        });
    }

    @Override
    public void erase(String municipality, long studentId) {
        Tx.run(jpa, em -> {
            String mine = "SELECT id FROM msg_conversation WHERE municipality = ?1 AND student_id = ?2";
            em.createNativeQuery("DELETE FROM msg_attachment WHERE conversation_id IN (" + mine + ")")
                    .setParameter(1, municipality).setParameter(2, studentId).executeUpdate();
            em.createNativeQuery("UPDATE msg_message SET body = ?3 WHERE conversation_id IN (" + mine + ")")
                    .setParameter(1, municipality).setParameter(2, studentId).setParameter(3, ERASED).executeUpdate();
            em.createNativeQuery("UPDATE msg_conversation SET subject = ?3 WHERE municipality = ?1 AND student_id = ?2")
                    .setParameter(1, municipality).setParameter(2, studentId).setParameter(3, ERASED).executeUpdate();
            em.createNativeQuery("UPDATE msg_handover SET learnt = ?3, support = ?3, next_site_notes = ?3"
                            + " WHERE municipality = ?1 AND student_id = ?2")
                    .setParameter(1, municipality).setParameter(2, studentId).setParameter(3, ERASED).executeUpdate();
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        List<Object[]> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            result.add(row instanceof Object[] r ? r : new Object[]{row});
        }
        return result;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
