package dk.sosuhub.kpi.internal.soap;

import dk.sosuhub.web.soap.LocalDateAdapter;
import dk.sosuhub.kpi.KpiCode;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.CriterionProgress;
import dk.sosuhub.kpi.CriterionStatus;
import dk.sosuhub.kpi.EarlyWarnings;
import dk.sosuhub.kpi.KpiService;
import dk.sosuhub.kpi.WarningReason;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The key figures as the SOAP service returns them: the REST API's fields, maps as lists of counts. */
public final class KpiXml {

    private KpiXml() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "count", propOrder = {"key", "count"})
    public static class Count {
        public String key;
        public long count;

        static List<Count> of(Map<?, Long> map) {
            List<Count> list = new ArrayList<>();
            map.forEach((k, v) -> {
                Count c = new Count();
                c.key = String.valueOf(k);
                c.count = v;
                list.add(c);
            });
            return list;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "cohort", propOrder = {"programme", "year", "hired", "completed", "completionRate", "droppedOut",
            "dropoutRate", "active", "employed", "employmentRate", "employedOfCohortRate", "employedByUnitType",
            "dropoutByReason", "dropoutByPhase"})
    public static class Cohort {
        public Programme programme;
        public int year;
        public long hired;
        public long completed;
        public BigDecimal completionRate;
        public long droppedOut;
        public BigDecimal dropoutRate;
        public long active;
        public long employed;
        public BigDecimal employmentRate;
        public BigDecimal employedOfCohortRate;
        public List<Count> employedByUnitType;
        public List<Count> dropoutByReason;
        public List<Count> dropoutByPhase;

        static Cohort of(KpiService.CohortKpi k) {
            Cohort x = new Cohort();
            x.programme = k.programme();
            x.year = k.year();
            x.hired = k.hired();
            x.completed = k.completed();
            x.completionRate = k.completionRate();
            x.droppedOut = k.droppedOut();
            x.dropoutRate = k.dropoutRate();
            x.active = k.active();
            x.employed = k.employed();
            x.employmentRate = k.employmentRate();
            x.employedOfCohortRate = k.employedOfCohortRate();
            x.employedByUnitType = Count.of(k.employedByUnitType());
            x.dropoutByReason = Count.of(k.dropoutByReason());
            x.dropoutByPhase = Count.of(k.dropoutByPhase());
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "programmeDropouts", propOrder = {"programme", "total", "byReason"})
    public static class ProgrammeDropouts {
        public Programme programme;
        public long total;
        public List<Count> byReason;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "dropouts", propOrder = {"year", "programmes"})
    public static class Dropouts {
        public int year;
        @XmlElement(name = "programme")
        public List<ProgrammeDropouts> programmes = new ArrayList<>();

        static Dropouts of(KpiService.DropoutKpi k) {
            Dropouts x = new Dropouts();
            x.year = k.year();
            k.total().forEach((p, total) -> {
                ProgrammeDropouts d = new ProgrammeDropouts();
                d.programme = p;
                d.total = total;
                d.byReason = Count.of(k.byReason().getOrDefault(p, Map.of()));
                x.programmes.add(d);
            });
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "combined", propOrder = {"cohorts", "hired", "employed", "employedOfCohortRate"})
    public static class Combined {
        @XmlElement(name = "cohort")
        public List<Cohort> cohorts = new ArrayList<>();
        public long hired;
        public long employed;
        public BigDecimal employedOfCohortRate;

        static Combined of(KpiService.CombinedKpi k) {
            Combined x = new Combined();
            k.cohorts().forEach(c -> x.cohorts.add(Cohort.of(c)));
            x.hired = k.hired();
            x.employed = k.employed();
            x.employedOfCohortRate = k.employedOfCohortRate();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "quotaLine", propOrder = {"programme", "minimum", "hired", "met"})
    public static class QuotaLine {
        public Programme programme;
        public Integer minimum;
        public long hired;
        public Boolean met;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "quota", propOrder = {"year", "programmes"})
    public static class Quota {
        public int year;
        @XmlElement(name = "programme")
        public List<QuotaLine> programmes = new ArrayList<>();

        static Quota of(KpiService.QuotaKpi k) {
            Quota x = new Quota();
            x.year = k.year();
            k.programmes().forEach(l -> {
                QuotaLine line = new QuotaLine();
                line.programme = l.programme();
                line.minimum = l.minimum();
                line.hired = l.hired();
                line.met = l.met();
                x.programmes.add(line);
            });
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "recruitment", propOrder = {"year", "hired", "ownUnskilledStaff", "ownSshStaff", "internalRate",
            "ownUnskilledStaffRate", "ownSshStaffRate"})
    public static class Recruitment {
        public int year;
        public long hired;
        public long ownUnskilledStaff;
        public long ownSshStaff;
        public BigDecimal internalRate;
        public BigDecimal ownUnskilledStaffRate;
        public BigDecimal ownSshStaffRate;

        static Recruitment of(KpiService.RecruitmentKpi k) {
            Recruitment x = new Recruitment();
            x.year = k.year();
            x.hired = k.hired();
            x.ownUnskilledStaff = k.ownUnskilledStaff();
            x.ownSshStaff = k.ownSshStaff();
            x.internalRate = k.internalRate();
            x.ownUnskilledStaffRate = k.ownUnskilledStaffRate();
            x.ownSshStaffRate = k.ownSshStaffRate();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "sickLeave", propOrder = {"year", "sickDays", "plannedDays", "sickLeaveRate"})
    public static class SickLeave {
        public int year;
        public BigDecimal sickDays;
        public long plannedDays;
        public BigDecimal sickLeaveRate;

        static SickLeave of(KpiService.SickLeaveKpi k) {
            SickLeave x = new SickLeave();
            x.year = k.year();
            x.sickDays = k.sickDays();
            x.plannedDays = k.plannedDays();
            x.sickLeaveRate = k.sickLeaveRate();
            return x;
        }
    }

    /** Sick leave of one group: {@code kind} PROGRAMME, COHORT (key {@code SSA-2019}) or SITE. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "sickLeaveShare", propOrder = {"kind", "key", "sickDays", "plannedDays", "sickLeaveRate"})
    public static class SickLeaveShare {
        public String kind;
        public String key;
        public BigDecimal sickDays;
        public long plannedDays;
        public BigDecimal sickLeaveRate;

        static SickLeaveShare of(String kind, String key, KpiService.SickLeaveShare s) {
            SickLeaveShare x = new SickLeaveShare();
            x.kind = kind;
            x.key = key;
            x.sickDays = s.sickDays();
            x.plannedDays = s.plannedDays();
            x.sickLeaveRate = s.sickLeaveRate();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "studentSickLeave", propOrder = {"studentId", "name", "programme", "startYear", "sickDays",
            "plannedDays", "sickLeaveRate", "site"})
    public static class StudentSickLeave {
        public long studentId;
        public String name;
        public Programme programme;
        public int startYear;
        public BigDecimal sickDays;
        public long plannedDays;
        public BigDecimal sickLeaveRate;
        public List<SickLeaveShare> site = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "sickLeaveBreakdown", propOrder = {"year", "share", "student"})
    public static class SickLeaveBreakdown {
        public int year;
        public List<SickLeaveShare> share = new ArrayList<>();
        public List<StudentSickLeave> student = new ArrayList<>();

        static SickLeaveBreakdown of(KpiService.SickLeaveBreakdown b) {
            SickLeaveBreakdown x = new SickLeaveBreakdown();
            x.year = b.year();
            b.byProgramme().forEach((p, s) -> x.share.add(SickLeaveShare.of("PROGRAMME", p.name(), s)));
            b.byCohort().forEach((c, s) -> x.share.add(SickLeaveShare.of("COHORT", c, s)));
            b.bySite().forEach((site, s) -> x.share.add(SickLeaveShare.of("SITE", site, s)));
            for (KpiService.StudentSickLeaveKpi k : b.byStudent()) {
                StudentSickLeave st = new StudentSickLeave();
                st.studentId = k.studentId();
                st.name = k.name();
                st.programme = k.programme();
                st.startYear = k.startYear();
                st.sickDays = k.sickDays();
                st.plannedDays = k.plannedDays();
                st.sickLeaveRate = k.sickLeaveRate();
                k.bySite().forEach((site, s) -> st.site.add(SickLeaveShare.of("SITE", site, s)));
                x.student.add(st);
            }
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "successCriterion", propOrder = {"id", "name", "kpi", "label", "programme", "baseline", "target",
            "deadline", "current", "basis", "progress", "status"})
    public static class Criterion {
        public long id;
        public String name;
        public KpiCode kpi;
        public String label;
        public Programme programme;
        public BigDecimal baseline;
        public BigDecimal target;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate deadline;
        public BigDecimal current;
        public String basis;
        public BigDecimal progress;
        public CriterionStatus status;

        static Criterion of(CriterionProgress c) {
            Criterion x = new Criterion();
            x.id = c.id();
            x.name = c.name();
            x.kpi = c.kpi();
            x.label = c.label();
            x.programme = c.programme();
            x.baseline = c.baseline();
            x.target = c.target();
            x.deadline = c.deadline();
            x.current = c.current();
            x.basis = c.basis();
            x.progress = c.progress();
            x.status = c.status();
            return x;
        }
    }

    /** What an administrator writes; the rest of a criterion is computed. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "successCriterionInput", propOrder = {"name", "kpi", "programme", "baseline", "target", "deadline"})
    public static class CriterionInput {
        public String name;
        public KpiCode kpi;
        public Programme programme;
        public BigDecimal baseline;
        public BigDecimal target;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate deadline;

        dk.sosuhub.kpi.SuccessCriterion toModel() {
            return new dk.sosuhub.kpi.SuccessCriterion(null, name, kpi, programme, baseline, target, deadline);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "earlyWarningReason", propOrder = {"code", "label", "detail"})
    public static class Reason {
        public WarningReason code;
        public String label;
        public String detail;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "earlyWarning", propOrder = {"studentId", "name", "programme", "personalAdvisor", "phase", "reasons"})
    public static class Warning {
        public long studentId;
        public String name;
        public Programme programme;
        public String personalAdvisor;
        public String phase;
        @XmlElement(name = "reason")
        public List<Reason> reasons = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "earlyWarnings", propOrder = {"date", "enrolled", "warnings"})
    public static class Warnings {
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate date;
        public int enrolled;
        @XmlElement(name = "warning")
        public List<Warning> warnings = new ArrayList<>();

        static Warnings of(EarlyWarnings.EarlyWarningReport report) {
            Warnings x = new Warnings();
            x.date = report.date();
            x.enrolled = report.enrolled();
            for (EarlyWarnings.EarlyWarning w : report.warnings()) {
                Warning warning = new Warning();
                warning.studentId = w.studentId();
                warning.name = w.name();
                warning.programme = w.programme();
                warning.personalAdvisor = w.personalAdvisor();
                warning.phase = w.phase();
                for (EarlyWarnings.Flag f : w.reasons()) {
                    Reason r = new Reason();
                    r.code = f.code();
                    r.label = f.label();
                    r.detail = f.detail();
                    warning.reasons.add(r);
                }
                x.warnings.add(warning);
            }
            return x;
        }
    }
}
