package dk.sosuhub.messages.internal.soap;

import dk.sosuhub.messages.Conversation;
import dk.sosuhub.messages.Handover;
import dk.sosuhub.messages.Message;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import java.util.List;

/** The messages data as the SOAP service answers it: the REST API's fields, times as ISO-8601 text. */
public final class MessagesXml {

    private MessagesXml() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "conversation", propOrder = {"id", "studentId", "subject", "staffOnly", "createdBy", "createdAt", "unread",
            "lastMessageAt"})
    public static class ConversationView {
        public long id;
        public long studentId;
        public String subject;
        public boolean staffOnly;
        public String createdBy;
        public String createdAt;
        public int unread;
        public String lastMessageAt;

        static ConversationView of(Conversation c) {
            ConversationView v = new ConversationView();
            v.id = c.id();
            v.studentId = c.studentId();
            v.subject = c.subject();
            v.staffOnly = c.staffOnly();
            v.createdBy = c.createdBy();
            v.createdAt = c.createdAt().toString();
            v.unread = c.unread();
            v.lastMessageAt = c.lastMessageAt() == null ? null : c.lastMessageAt().toString();
            return v;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "message", propOrder = {"id", "conversationId", "author", "text", "link", "createdAt"})
    public static class MessageView {
        public long id;
        public long conversationId;
        public String author;
        public String text;
        @XmlElement(name = "link")
        public List<String> link;
        public String createdAt;

        static MessageView of(Message m) {
            MessageView v = new MessageView();
            v.id = m.id();
            v.conversationId = m.conversationId();
            v.author = m.author();
            v.text = m.text();
            v.link = m.links();
            v.createdAt = m.createdAt().toString();
            return v;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "handover", propOrder = {"id", "studentId", "placement", "author", "createdAt", "readableFrom", "shared",
            "learnt", "support", "nextSiteNotes"})
    public static class HandoverView {
        public long id;
        public long studentId;
        public int placement;
        public String author;
        public String createdAt;
        public String readableFrom;
        public boolean shared;
        public String learnt;
        public String support;
        public String nextSiteNotes;

        static HandoverView of(Handover h) {
            HandoverView v = new HandoverView();
            v.id = h.id();
            v.studentId = h.studentId();
            v.placement = h.placement();
            v.author = h.author();
            v.createdAt = h.createdAt().toString();
            v.readableFrom = h.readableFrom() == null ? null : h.readableFrom().toString();
            v.shared = h.shared();
            v.learnt = h.learnt();
            v.support = h.support();
            v.nextSiteNotes = h.nextSiteNotes();
            return v;
        }
    }
}
