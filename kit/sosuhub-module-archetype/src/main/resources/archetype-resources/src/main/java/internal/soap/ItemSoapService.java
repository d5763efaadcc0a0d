package ${package}.internal.soap;

import ${package}.Item;
import ${package}.ItemService;
import ${package}.internal.ItemsModule;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.web.soap.LocalDateAdapter;
import dk.sosuhub.web.soap.SoapServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.LocalDate;
import java.util.List;

/**
 * The items over SOAP at /soap/${moduleId} (WSDL at /soap/${moduleId}?wsdl). Every operation takes the
 * municipality as its parameter 'municipality'; the platform checks the caller, the roles and the module switch
 * before the operation runs, as for REST.
 */
@Component(service = ItemSoapService.class, property = SoapServices.PROPERTY + "=" + ItemsModule.ID)
@WebService(name = "Items", serviceName = "ItemService", targetNamespace = ItemSoapService.NS)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
public class ItemSoapService {

    public static final String NS = "urn:sosuhub:${moduleId}";

    /** An item on the wire. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class ItemXml {
        public Long id;
        public String title;
        public String description;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate date;

        static ItemXml of(Item item) {
            ItemXml x = new ItemXml();
            x.id = item.id();
            x.title = item.title();
            x.description = item.description();
            x.date = item.date();
            return x;
        }

        Item toItem() {
            return new Item(null, title, description, date);
        }
    }

    private final ItemService items;

    @Activate
    public ItemSoapService(@Reference ItemService items) {
        this.items = items;
    }

    @WebMethod
    @WebResult(name = "item")
    public List<ItemXml> listItems(@WebParam(name = "municipality") String municipality) {
        return items.list(municipality).stream().map(ItemXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "item")
    public ItemXml createItem(@WebParam(name = "municipality") String municipality,
                              @WebParam(name = "item") ItemXml item) {
        return ItemXml.of(items.create(municipality, item == null ? null : item.toItem()));
    }
}
