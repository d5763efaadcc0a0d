package dk.sosuhub.messages.internal.data;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService.User;
import dk.sosuhub.messages.Attachment;
import dk.sosuhub.messages.AttachmentContent;
import dk.sosuhub.messages.Conversation;
import dk.sosuhub.messages.ConversationService;
import dk.sosuhub.messages.Inbox;
import dk.sosuhub.messages.Message;
import dk.sosuhub.messages.NotificationKind;
import dk.sosuhub.messages.internal.FileTypes;
import dk.sosuhub.messages.internal.Links;
import dk.sosuhub.messages.internal.MessagesModule;
import dk.sosuhub.messages.internal.Participation;
import dk.sosuhub.messages.internal.data.People.StudentFile;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Component(service = ConversationService.class)
public class ConversationServiceImpl implements ConversationService {

    static final int MAX_TEXT = 10_000;
    static final int MAX_SUBJECT = 200;
    static final int MAX_ATTACHMENTS = 10;

    @Reference(target = "(osgi.unit.name=sosuhub-messages)")
    JpaTemplate jpa;

    /** The module's tables exist (core ran db/messages). */
    @Reference(target = "(" + ModuleSchema.PROPERTY + "=" + MessagesModule.ID + ")")
    ModuleSchema schema;

    @Reference
    People people;

    /** A conversation with the caller's participation in it. */
    private record Access(ConversationEntity conversation, StudentFile file, Participation participation) {
        Timestamp until() {
            return participation.readsUntil() == null ? null
                    : Timestamp.from(participation.readsUntil().atStartOfDay(Denmark.ZONE).toInstant());
        }
    }

    @Override
    public List<Conversation> conversations(Caller caller, String municipality, long studentId) {
        StudentFile file = people.file(municipality, studentId);
        List<ConversationEntity> all = Tx.run(jpa, em -> em.createQuery("select c from ConversationEntity c where"
                        + " c.municipality = :m and c.studentId = :s order by c.id desc", ConversationEntity.class)
                .setParameter("m", municipality).setParameter("s", studentId).getResultList());
        boolean any = Participation.of(caller, file.student(), file.plan(), false, people.today()).reads()
                || Participation.of(caller, file.student(), file.plan(), true, people.today()).reads();
        if (!any) {
            throw new ForbiddenException("Only the student's participants may see their conversations");
        }
        List<Conversation> out = new ArrayList<>();
        for (ConversationEntity c : all) {
            Participation p = Participation.of(caller, file.student(), file.plan(), c.staffOnly, people.today());
            if (p.reads()) {
                out.add(view(caller, new Access(c, file, p)));
            }
        }
        return out;
    }

    @Override
    public Conversation start(Caller caller, String municipality, long studentId, String subject, Boolean staffOnly, String text) {
        StudentFile file = people.file(municipality, studentId);
        boolean staff = Boolean.TRUE.equals(staffOnly);
        Participation p = Participation.of(caller, file.student(), file.plan(), staff, people.today());
        if (!p.writes()) {
            throw new ForbiddenException(caller.has(Role.STUDENT) && staff ? "A student cannot start a conversation for staff only"
                    : "Only the student's participants may start a conversation about them");
        }
        String s = subject == null ? null : subject.strip();
        new Validator().require(s != null && !s.isEmpty() && s.length() <= MAX_SUBJECT, "subject",
                        "must be 1 to " + MAX_SUBJECT + " characters")
                .require(text == null || validText(text), "text", "must be 1 to " + MAX_TEXT + " characters when given")
                .throwIfInvalid();
        Instant now = people.now();
        long id = Tx.run(jpa, em -> {
            ConversationEntity c = new ConversationEntity(municipality, studentId, s, staff, caller.username(), now);
            em.persist(c);
            em.flush();
            if (text != null) {
                insertMessage(em, new Access(c, file, p), caller, text.strip(), List.of(), now);
            }
            return c.id;
        });
        return conversation(caller, municipality, id);
    }

    @Override
    public Conversation conversation(Caller caller, String municipality, long conversationId) {
        return view(caller, access(caller, municipality, conversationId));
    }

    @Override
    public List<Message> messages(Caller caller, String municipality, long conversationId, Long after) {
        Access a = access(caller, municipality, conversationId);
        return Tx.run(jpa, em -> {
            var query = em.createQuery("select m from MessageEntity m where m.conversationId = :c and m.id > :after"
                            + (a.until() == null ? "" : " and m.createdAt < :until") + " order by m.id", MessageEntity.class)
                    .setParameter("c", conversationId).setParameter("after", after == null ? 0L : after);
            if (a.until() != null) {
                query.setParameter("until", a.until());
            }
            List<MessageEntity> rows = query.getResultList();
            Map<Long, List<Attachment>> files = attachments(em, rows.stream().map(m -> m.id).toList());
            if (!rows.isEmpty()) {
                markRead(em, conversationId, caller.username(), rows.get(rows.size() - 1).id);
            }
            return rows.stream().map(m -> model(m, files.getOrDefault(m.id, List.of()))).toList();
        });
    }

    @Override
    public Message post(Caller caller, String municipality, long conversationId, String text, List<Long> attachmentIds) {
        Access a = access(caller, municipality, conversationId);
        if (!a.participation().writes()) {
            throw new ForbiddenException("Your placement with the student has ended: you can read what was written then, no"
                    + " longer write");
        }
        List<Long> ids = attachmentIds == null ? List.of() : attachmentIds;
        Validator v = new Validator().require(text != null && validText(text), "text", "must be 1 to " + MAX_TEXT + " characters")
                .require(ids.size() <= MAX_ATTACHMENTS, "attachmentIds", "at most " + MAX_ATTACHMENTS);
        v.throwIfInvalid();
        Instant now = people.now();
        long id = posting(conversationId, () -> Tx.run(jpa, em -> {
            List<ValidationException.FieldError> errors = new ArrayList<>();
            List<AttachmentEntity> files = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                AttachmentEntity f = ids.get(i) == null ? null : em.find(AttachmentEntity.class, ids.get(i));
                if (f == null || f.conversationId != conversationId || f.messageId != null
                        || !f.uploadedBy.equals(caller.username()) || files.contains(f)) {
                    errors.add(new ValidationException.FieldError("attachmentIds[" + i + "]",
                            "is not a file you uploaded to this conversation for a new message"));
                } else {
                    files.add(f);
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            MessageEntity m = insertMessage(em, a, caller, text.strip(), files, now);
            return m.id;
        }));
        return Tx.run(jpa, em -> {
            MessageEntity m = em.find(MessageEntity.class, id);
            return model(m, attachments(em, List.of(id)).getOrDefault(id, List.of()));
        });
    }

    private MessageEntity insertMessage(EntityManager em, Access a, Caller author, String text, List<AttachmentEntity> files,
                                        Instant now) {
        // read before writing: a scan of the conversation's messages after inserting one deadlocked with a
        // concurrent post's update of the same read state (Derby locks rows; the load test found it)
        Set<String> recipients = recipients(em, a);
        MessageEntity m = new MessageEntity(a.conversation().id, author.username(), text, now);
        em.persist(m);
        em.flush();
        for (AttachmentEntity f : files) {
            f.messageId = m.id;
        }
        markRead(em, a.conversation().id, author.username(), m.id);
        Notifications.add(em, recipients, author.username(), NotificationKind.MESSAGE, a.file().student(),
                a.conversation().id, m.id, null, now);
        return m;
    }

    /**
     * Who is told of a new message: the student (unless staff only), the personal advisor, the current supervisor,
     * and those of the education team who have written in the conversation.
     */
    private Set<String> recipients(EntityManager em, Access a) {
        Set<String> to = new LinkedHashSet<>(Notifications.followers(a.file().student(), a.file().plan(), people.today()));
        if (!a.conversation().staffOnly) {
            for (User u : people.usersOf(a.conversation().municipality)) {
                if (u.studentId() != null && u.studentId() == a.file().student().id() && u.roles().contains(Role.STUDENT)) {
                    to.add(u.username());
                }
            }
        }
        to.addAll(em.createQuery("select distinct m.author from MessageEntity m where m.conversationId = :c", String.class)
                .setParameter("c", a.conversation().id).getResultList());
        // authors who no longer take part (a supervisor whose placement ended) are not told
        Set<String> current = new LinkedHashSet<>();
        Map<String, User> users = new HashMap<>();
        people.usersOf(a.conversation().municipality).forEach(u -> users.put(u.username(), u));
        for (String username : to) {
            User u = users.get(username);
            if (u != null && Participation.of(new Caller(u.username(), u.roles(), u.municipality(), u.studentId()),
                    a.file().student(), a.file().plan(), a.conversation().staffOnly, people.today()).writes()) {
                current.add(username);
            }
        }
        return current;
    }

    /** Posts to one conversation one at a time (per platform node), so concurrent posts never wait on each other's rows. */
    private final Object[] postLocks = new Object[64];

    {
        for (int i = 0; i < postLocks.length; i++) {
            postLocks[i] = new Object();
        }
    }

    private <R> R posting(long conversationId, java.util.function.Supplier<R> work) {
        synchronized (postLocks[(int) Math.floorMod(conversationId, (long) postLocks.length)]) {
            return work.get();
        }
    }

    @Override
    public Attachment upload(Caller caller, String municipality, long conversationId, String fileName, byte[] content) {
        Access a = access(caller, municipality, conversationId);
        if (!a.participation().writes()) {
            throw new ForbiddenException("Only the conversation's current participants may attach files");
        }
        if (content == null || content.length == 0) {
            throw new ValidationException("content", "is empty");
        }
        if (content.length > Attachment.MAX_BYTES) {
            throw new ValidationException("content", "is larger than 10 MB");
        }
        String type = FileTypes.detect(content).orElseThrow(() -> new ValidationException("content",
                "is not a PDF, an image (PNG, JPEG, GIF, WebP) or an Office document, judged by its content"));
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "vedhaeftet-fil";
        }
        String stored = name.length() > 200 ? name.substring(name.length() - 200) : name;
        Instant now = people.now();
        return Tx.run(jpa, em -> {
            AttachmentEntity f = new AttachmentEntity(conversationId, caller.username(), stored, type, content, now);
            em.persist(f);
            em.flush();
            return f.toModel();
        });
    }

    @Override
    public AttachmentContent attachment(Caller caller, String municipality, long conversationId, long attachmentId) {
        Access a = access(caller, municipality, conversationId);
        return Tx.run(jpa, em -> {
            AttachmentEntity f = em.find(AttachmentEntity.class, attachmentId);
            boolean visible = f != null && f.conversationId == conversationId;
            if (visible && f.messageId == null) {
                visible = f.uploadedBy.equals(caller.username());
            } else if (visible && a.until() != null) {
                MessageEntity m = em.find(MessageEntity.class, f.messageId);
                visible = m.createdAt.before(a.until());
            }
            if (!visible) {
                throw new NotFoundException("No attachment " + attachmentId + " in conversation " + conversationId);
            }
            return new AttachmentContent(f.toModel(), f.content);
        });
    }

    @Override
    public Inbox inbox(Caller caller) {
        String municipality = caller.municipality();
        if (municipality == null) {
            throw new ForbiddenException("The inbox is for users of a municipality");
        }
        List<ConversationEntity> all = Tx.run(jpa, em -> (caller.has(Role.STUDENT)
                ? em.createQuery("select c from ConversationEntity c where c.municipality = :m and c.studentId = :s"
                        + " and c.staffOnly = :staff", ConversationEntity.class).setParameter("staff", false)
                        .setParameter("s", caller.studentId() == null ? -1L : caller.studentId())
                : em.createQuery("select c from ConversationEntity c where c.municipality = :m", ConversationEntity.class))
                .setParameter("m", municipality).getResultList());
        Map<Long, StudentFile> files = new HashMap<>();
        List<Conversation> out = new ArrayList<>();
        List<Access> full = new ArrayList<>();
        for (ConversationEntity c : all) {
            StudentFile file = files.computeIfAbsent(c.studentId, id -> people.file(municipality, id));
            Participation p = Participation.of(caller, file.student(), file.plan(), c.staffOnly, people.today());
            if (p.reads() && p.readsUntil() == null) {
                full.add(new Access(c, file, p));
            } else if (p.reads()) {
                out.add(view(caller, new Access(c, file, p)));
            }
        }
        out.addAll(views(caller, full));
        out.sort(Comparator.comparing((Conversation c) -> c.lastMessageAt() == null ? c.createdAt() : c.lastMessageAt()).reversed());
        return new Inbox(out.stream().mapToInt(Conversation::unread).sum(), out);
    }

    // --- helpers

    private Access access(Caller caller, String municipality, long conversationId) {
        ConversationEntity c = Tx.run(jpa, em -> em.find(ConversationEntity.class, conversationId));
        if (c == null || !c.municipality.equals(municipality)) {
            throw new NotFoundException("No conversation " + conversationId + " in municipality " + municipality);
        }
        StudentFile file = people.file(municipality, c.studentId);
        Participation p = Participation.of(caller, file.student(), file.plan(), c.staffOnly, people.today());
        if (!p.reads()) {
            throw new ForbiddenException("Only the conversation's participants may read it");
        }
        return new Access(c, file, p);
    }

    private Conversation view(Caller caller, Access a) {
        long id = a.conversation().id;
        Timestamp until = a.until();
        Object[] figures = Tx.run(jpa, em -> {
            Long lastRead = lastRead(em, id, caller.username());
            String bound = until == null ? "" : " and m.createdAt < :until";
            var unread = em.createQuery("select count(m) from MessageEntity m where m.conversationId = :c and m.id > :r"
                    + " and m.author <> :u" + bound, Long.class).setParameter("c", id).setParameter("r", lastRead)
                    .setParameter("u", caller.username());
            var last = em.createQuery("select max(m.createdAt) from MessageEntity m where m.conversationId = :c" + bound,
                    Timestamp.class).setParameter("c", id);
            if (until != null) {
                unread.setParameter("until", until);
                last.setParameter("until", until);
            }
            return new Object[]{unread.getSingleResult(), last.getSingleResult()};
        });
        ConversationEntity c = a.conversation();
        Timestamp last = (Timestamp) figures[1];
        return new Conversation(id, c.municipality, c.studentId, a.file().student().name(), c.subject, c.staffOnly, c.createdBy,
                c.createdAt.toInstant(), ((Long) figures[0]).intValue(), last == null ? null : last.toInstant());
    }

    /** The views of conversations the caller reads in full, counted with two queries for all of them. */
    private List<Conversation> views(Caller caller, List<Access> accesses) {
        if (accesses.isEmpty()) {
            return List.of();
        }
        String ids = accesses.stream().map(a -> String.valueOf(a.conversation().id)).collect(Collectors.joining(","));
        Map<Long, Long> unread = new HashMap<>();
        Map<Long, Timestamp> last = new HashMap<>();
        Tx.run(jpa, em -> {
            for (Object row : em.createNativeQuery("SELECT m.conversation_id, COUNT(*) FROM msg_message m WHERE m.conversation_id IN ("
                            + ids + ") AND m.author <> ? AND m.id > COALESCE((SELECT r.last_read_id FROM msg_read_state r"
                            + " WHERE r.conversation_id = m.conversation_id AND r.username = ?), 0) GROUP BY m.conversation_id")
                    .setParameter(1, caller.username()).setParameter(2, caller.username()).getResultList()) {
                Object[] r = (Object[]) row;
                unread.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
            for (Object row : em.createNativeQuery("SELECT conversation_id, MAX(created_at) FROM msg_message WHERE conversation_id IN ("
                    + ids + ") GROUP BY conversation_id").getResultList()) {
                Object[] r = (Object[]) row;
                last.put(((Number) r[0]).longValue(), (Timestamp) r[1]);
            }
            return null;
        });
        return accesses.stream().map(a -> {
            ConversationEntity c = a.conversation();
            Timestamp at = last.get(c.id);
            return new Conversation(c.id, c.municipality, c.studentId, a.file().student().name(), c.subject, c.staffOnly,
                    c.createdBy, c.createdAt.toInstant(), unread.getOrDefault(c.id, 0L).intValue(), at == null ? null : at.toInstant());
        }).toList();
    }

    static Long lastRead(EntityManager em, long conversationId, String username) {
        List<?> rows = em.createNativeQuery("SELECT last_read_id FROM msg_read_state WHERE conversation_id = ? AND username = ?")
                .setParameter(1, conversationId).setParameter(2, username).getResultList();
        return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
    }

    static void markRead(EntityManager em, long conversationId, String username, long messageId) {
        int updated = em.createNativeQuery("UPDATE msg_read_state SET last_read_id = ? WHERE conversation_id = ? AND username = ?"
                        + " AND last_read_id < ?").setParameter(1, messageId).setParameter(2, conversationId)
                .setParameter(3, username).setParameter(4, messageId).executeUpdate();
        if (updated == 0 && lastRead(em, conversationId, username) == 0L) {
            em.createNativeQuery("INSERT INTO msg_read_state (conversation_id, username, last_read_id) VALUES (?, ?, ?)")
                    .setParameter(1, conversationId).setParameter(2, username).setParameter(3, messageId).executeUpdate();
        }
    }

    private static Map<Long, List<Attachment>> attachments(EntityManager em, List<Long> messageIds) {
        Map<Long, List<Attachment>> out = new HashMap<>();
        if (messageIds.isEmpty()) {
            return out;
        }
        em.createQuery("select new dk.sosuhub.messages.internal.data.AttachmentRow(a.id, a.messageId, a.fileName, a.contentType,"
                        + " a.size) from AttachmentEntity a where a.messageId in :ids order by a.id", AttachmentRow.class)
                .setParameter("ids", messageIds).getResultList()
                .forEach(r -> out.computeIfAbsent(r.messageId(), k -> new ArrayList<>())
                        .add(new Attachment(r.id(), r.fileName(), r.contentType(), r.size())));
        return out;
    }

    private static Message model(MessageEntity m, List<Attachment> files) {
        return new Message(m.id, m.conversationId, m.author, m.body, Links.in(m.body), files, m.createdAt.toInstant());
    }

    private static boolean validText(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= MAX_TEXT;
    }
}
