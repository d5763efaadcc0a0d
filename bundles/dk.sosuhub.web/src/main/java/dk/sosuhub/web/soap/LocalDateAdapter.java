package dk.sosuhub.web.soap;

import javax.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;

/** xs:date ↔ LocalDate, for the SOAP services of every module. */
public class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    @Override
    public String marshal(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
