package org.wardstat.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;

/**
 * The parts of an official report that depend only on who issues it (Nghị định 30/2020, Phụ lục
 * I): the two agency lines, "Số: /BC-CAP", place and date, the signer's title and "Nơi nhận".
 * The issuing agency is the police of the unit the report is about; the parent agency is the
 * police one level up.
 */
final class Letterheads {

    private final Messages messages;
    private final boolean vi;

    Letterheads(Messages messages) {
        this.messages = messages;
        this.vi = messages.isVietnamese();
    }

    ReportContent.Letterhead letterhead(OrgUnit unit, List<OrgUnit> ancestors, LocalDate today,
                                        String subject, String periodLabel) {
        OrgUnit parent = ancestors.isEmpty() ? null : ancestors.get(0);
        return new ReportContent.Letterhead(
                parent == null ? "" : upper(agency(parent)),
                upper(agency(unit)),
                messages.get("report.number", abbreviation(unit)),
                messages.get("report.national-name"),
                messages.get("report.national-motto"),
                placeAndDate(ancestors, unit, today),
                messages.get("briefing.title"),
                subject,
                areaLine(ancestors),
                periodLabel);
    }

    ReportContent.Closing closing(OrgUnit unit, List<OrgUnit> ancestors) {
        List<String> recipients = new ArrayList<>();
        if (!ancestors.isEmpty()) {
            recipients.add(messages.get("report.recipient.parent", agency(ancestors.get(0))));
        }
        recipients.add(messages.get(unit.isWard() ? "report.recipient.ward-authorities" : "report.recipient.area-authorities",
                unit.name(vi)));
        if (!unit.isWard()) {
            recipients.add(messages.get("report.recipient.wards"));
        }
        recipients.add(messages.get("report.recipient.archive"));
        return new ReportContent.Closing(upper(messages.get("report.signer." + signerKind(unit))), "",
                messages.get("report.recipients"), recipients);
    }

    /** "Công an Phường Đức Xuân", "Bộ Công an" for the country. */
    String agency(OrgUnit unit) {
        return unit.level().equals("country") ? messages.get("report.ministry") : messages.get("briefing.agency", unit.name(vi));
    }

    /**
     * The agency's initials after "BC-" in the report number: CAP for a ward, CAQ/CAH/CATX/CATP
     * for a district-level unit, CAT/CATP for a province, BCA for the ministry.
     */
    static String abbreviation(OrgUnit unit) {
        String name = unit.nameVi();
        return switch (unit.level()) {
            case "ward" -> name.startsWith("Xã") ? "CAX" : name.startsWith("Thị trấn") ? "CATT" : "CAP";
            case "country" -> "BCA";
            case "province" -> name.startsWith("Thành phố") ? "CATP" : "CAT";
            default -> name.startsWith("Quận") ? "CAQ" : name.startsWith("Huyện") ? "CAH"
                    : name.startsWith("Thị xã") ? "CATX" : name.startsWith("Thành phố") ? "CATP" : "CA";
        };
    }

    /** ward, district, province or ministry: which head signs the report. */
    private static String signerKind(OrgUnit unit) {
        return switch (unit.level()) {
            case "ward" -> "ward";
            case "province" -> "province";
            case "country" -> "ministry";
            default -> unit.nameVi().startsWith("Quận") ? "district" : unit.nameVi().startsWith("Huyện") ? "county"
                    : unit.nameVi().startsWith("Thị xã") ? "town" : "city";
        };
    }

    /** "Bắc Kạn, ngày 05 tháng 01 năm 2024": the province's short name and the date, days and months of one digit with a leading zero. */
    private String placeAndDate(List<OrgUnit> ancestors, OrgUnit unit, LocalDate today) {
        OrgUnit province = unit.level().equals("province") ? unit
                : ancestors.stream().filter(u -> u.level().equals("province")).findFirst().orElse(null);
        String place = province == null ? messages.get("report.capital")
                : province.name(vi).replaceFirst("^(Tỉnh|Thành phố) ", "").replaceFirst(" (province|city)$", "");
        return messages.get("briefing.place-date", place, String.format("%02d", today.getDayOfMonth()),
                String.format("%02d", today.getMonthValue()), String.valueOf(today.getYear()));
    }

    /** "Thành phố Bắc Kạn, Tỉnh Bắc Kạn": the unit's ancestors below the country. */
    private String areaLine(List<OrgUnit> ancestors) {
        return String.join(", ", ancestors.stream().filter(u -> !u.level().equals("country")).map(u -> u.name(vi)).toList());
    }

    private String upper(String text) {
        return text.toUpperCase(vi ? Messages.VIETNAMESE : Locale.ENGLISH);
    }
}
