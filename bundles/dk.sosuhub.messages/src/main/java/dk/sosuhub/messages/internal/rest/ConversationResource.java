package dk.sosuhub.messages.internal.rest;

import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.messages.Attachment;
import dk.sosuhub.messages.AttachmentContent;
import dk.sosuhub.messages.Conversation;
import dk.sosuhub.messages.ConversationService;
import dk.sosuhub.messages.Message;
import dk.sosuhub.web.BodyLimit;
import dk.sosuhub.web.Callers;
import dk.sosuhub.web.Created;
import dk.sosuhub.web.Description;
import dk.sosuhub.web.RestResources;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Conversations about a student and their messages. The roles only open the door: inside, the participants rule
 * decides (the student, the personal advisor, the education team, the current placement's supervisor); anyone
 * else is refused with 403.
 */
@Component(service = ConversationResource.class, property = RestResources.PROPERTY + "=true")
@Path("/municipalities/{code}/students/{id}/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.SUPERVISOR_NAME, Role.STUDENT_NAME})
public class ConversationResource {

    private final ConversationService conversations;

    @Activate
    public ConversationResource(@Reference ConversationService conversations) {
        this.conversations = conversations;
    }

    @GET
    @Description("The student's conversations the caller takes part in, newest first, with the caller's unread count.")
    public List<Conversation> list(@PathParam("code") String code, @PathParam("id") long id, @Context SecurityContext security) {
        return conversations.conversations(Callers.of(security), code, id);
    }

    @POST
    @Created(Conversation.class)
    @Description("Starts a conversation about the student: subject (1-200 characters), staffOnly (true: between staff,"
            + " without the student; a student cannot start one) and an optional first message text.")
    public Response start(@PathParam("code") String code, @PathParam("id") long id, Inputs.ConversationInput body,
                          @Context UriInfo uri, @Context SecurityContext security) {
        Inputs.ConversationInput in = body == null ? new Inputs.ConversationInput(null, null, null) : body;
        Conversation c = conversations.start(Callers.of(security), code, id, in.subject(), in.staffOnly(), in.text());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id())).build()).entity(c).build();
    }

    @GET
    @Path("{cid}")
    public Conversation get(@PathParam("code") String code, @PathParam("id") long id, @PathParam("cid") long cid,
                            @Context SecurityContext security) {
        return of(security, code, id, cid);
    }

    @GET
    @Path("{cid}/messages")
    @Description("The messages the caller may read, oldest first; with after: only those after that message id (for"
            + " polling). Marks them read for the caller.")
    public List<Message> messages(@PathParam("code") String code, @PathParam("id") long id, @PathParam("cid") long cid,
                                  @QueryParam("after") Long after, @Context SecurityContext security) {
        of(security, code, id, cid);
        return conversations.messages(Callers.of(security), code, cid, after);
    }

    @POST
    @Path("{cid}/messages")
    @Created(Message.class)
    @Description("Writes a message: text (plain, 1-10000 characters; http(s) addresses become links) and"
            + " attachmentIds, files the caller uploaded to this conversation first. A supervisor whose placement has"
            + " ended can no longer write (403).")
    public Response post(@PathParam("code") String code, @PathParam("id") long id, @PathParam("cid") long cid,
                         Inputs.MessageInput body, @Context UriInfo uri, @Context SecurityContext security) {
        of(security, code, id, cid);
        Inputs.MessageInput in = body == null ? new Inputs.MessageInput(null, null) : body;
        Message m = conversations.post(Callers.of(security), code, cid, in.text(), in.attachmentIds());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id())).build()).entity(m).build();
    }

    @POST
    @Path("{cid}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @BodyLimit(Attachment.MAX_BYTES)
    @Created(Attachment.class)
    @Description("Uploads a file (the body, at most 10 MB) for the caller's next message; filename names it. Its type"
            + " is told from its content: PDF, PNG, JPEG, GIF, WebP or an Office document; anything else is 422.")
    public Response upload(@PathParam("code") String code, @PathParam("id") long id, @PathParam("cid") long cid,
                           @QueryParam("filename") String filename, byte[] content, @Context UriInfo uri, @Context SecurityContext security) {
        of(security, code, id, cid);
        Attachment a = conversations.upload(Callers.of(security), code, cid, filename, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build()).entity(a).build();
    }

    @GET
    @Path("{cid}/attachments/{aid}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @ApiResponse(responseCode = "200", description = "The file, with the type told from its content",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
    public Response attachment(@PathParam("code") String code, @PathParam("id") long id, @PathParam("cid") long cid,
                               @PathParam("aid") long aid, @Context SecurityContext security) {
        of(security, code, id, cid);
        AttachmentContent file = conversations.attachment(Callers.of(security), code, cid, aid);
        return Response.ok(file.content(), file.attachment().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.attachment().fileName()
                        .replaceAll("[^\\p{Alnum}._ -]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The conversation, when it is about this student. */
    private Conversation of(SecurityContext security, String code, long studentId, long cid) {
        Conversation c = conversations.conversation(Callers.of(security), code, cid);
        if (c.studentId() != studentId) {
            throw new NotFoundException("No conversation " + cid + " about student " + studentId);
        }
        return c;
    }
}
