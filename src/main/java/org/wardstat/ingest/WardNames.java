package org.wardstat.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Names;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;

/**
 * A ward as people write it in a sheet: its code, or its name with or without "Phường", "P.",
 * diacritics or capitals ("Phường Đức Xuân", "P. Đức Xuân", "Đức Xuân", "DUC XUAN"). A name
 * counts only when it is unique among the wards of the file's area: the same ward name is common
 * across the country ("Phường 1", "Phường Quang Trung"), so a name that fits several wards is
 * refused with them listed, never guessed.
 */
final class WardNames {

    /** What a cell names. */
    sealed interface Resolution {
    }

    record Found(OrgUnit ward) implements Resolution {
    }

    /** Several wards of the area have this name. */
    record Ambiguous(List<OrgUnit> candidates) implements Resolution {
    }

    /** No ward of the area has this name, but wards elsewhere do. */
    record OutsideArea(List<OrgUnit> candidates) implements Resolution {
    }

    /** No ward anywhere; {@code similar} are names one or two letters away, or within it ("Đức Xuân" in "Đức Xuân Mới"), to help the user. */
    record Unknown(List<OrgUnit> similar) implements Resolution {
    }

    private static final Pattern PREFIX = Pattern.compile(
            "^(cong an )?(phuong|p|xa|thi tran|tt|dac khu|ward)( |$)");
    private static final Pattern NUMBERED = Pattern.compile("^p ?0*(\\d+)$");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final Catalog catalog;
    private final OrgUnit area;
    /** Name keys with diacritics, then without: the first tells "Phú La" from "Phù La", the second takes "Phu La". */
    private final Map<String, List<OrgUnit>> exact = new HashMap<>();
    private final Map<String, List<OrgUnit>> plain = new HashMap<>();
    private final Map<String, Resolution> seen = new HashMap<>();

    private WardNames(Catalog catalog, OrgUnit area) {
        this.catalog = catalog;
        this.area = area;
        for (OrgUnit ward : catalog.wards()) {
            exact.computeIfAbsent(exactKey(ward.nameVi()), k -> new ArrayList<>()).add(ward);
            plain.computeIfAbsent(plainKey(ward.nameVi()), k -> new ArrayList<>()).add(ward);
            plain.computeIfAbsent(plainKey(ward.nameEn()), k -> new ArrayList<>()).add(ward);
        }
    }

    /** @param areaCode the unit whose wards a name may mean; null or unknown for the whole catalog */
    static WardNames of(Catalog catalog, String areaCode) {
        return new WardNames(catalog, areaCode == null ? null : catalog.unit(areaCode).orElse(null));
    }

    OrgUnit area() {
        return area;
    }

    /** Names remembered: every ward of the country several ways over, but not every odd text of a huge file. */
    private static final int REMEMBERED = 50_000;

    Resolution resolve(String text) {
        String key = text.strip();
        Resolution known = seen.get(key);
        if (known != null) {
            return known;
        }
        Resolution resolution = lookUp(key);
        if (seen.size() < REMEMBERED) {
            seen.put(key, resolution);
        }
        return resolution;
    }

    /** Why a cell names no ward: the reason code of the messages, and its arguments. */
    record Problem(String code, Object[] args) {
    }

    /** For a resolution other than {@link Found}: why, with the candidates. */
    Problem problem(Resolution resolution, String text, Messages messages) {
        boolean vi = messages.isVietnamese();
        String within = area == null ? "" : messages.get("ward.within", area.name(vi));
        if (resolution instanceof Ambiguous ambiguous) {
            return new Problem("ward.ambiguous",
                    new Object[] {text, ambiguous.candidates().size(), within, candidates(ambiguous.candidates(), vi)});
        }
        if (resolution instanceof OutsideArea outside) {
            return new Problem("ward.outside-area", new Object[] {text, within, candidates(outside.candidates(), vi)});
        }
        if (resolution instanceof Unknown unknown && !looksLikeCode(text)) {
            return new Problem("ward.unknown-name", new Object[] {text, within,
                    unknown.similar().isEmpty() ? "" : messages.get("ward.similar", candidates(unknown.similar(), vi))});
        }
        if (resolution instanceof Unknown) {
            return new Problem("ward.unknown", new Object[] {text});
        }
        throw new IllegalArgumentException("a ward was found: " + text);
    }

    String reason(Resolution resolution, String text, Messages messages) {
        Problem problem = problem(resolution, text, messages);
        return messages.get(problem.code(), problem.args());
    }

    /** "Phường Sông Cầu (song-cau, Thành phố Bắc Kạn)": the code to write instead, and where the ward is. */
    private String candidates(List<OrgUnit> wards, boolean vietnamese) {
        List<String> named = new ArrayList<>();
        for (OrgUnit ward : wards) {
            String parent = catalog.unit(ward.parentCode() == null ? "" : ward.parentCode()).map(p -> ", " + p.name(vietnamese)).orElse("");
            named.add(ward.name(vietnamese) + " (" + ward.code() + parent + ")");
        }
        return String.join("; ", named);
    }

    /** Whether a cell reads like a code ("duc-xuan"), not a name: an unknown code keeps the plain "no such code" reason. */
    static boolean looksLikeCode(String text) {
        return CODE.matcher(text).matches() && (text.contains("-") || text.contains("_"));
    }

    private Resolution lookUp(String text) {
        Optional<OrgUnit> byCode = catalog.unit(text).filter(OrgUnit::isWard);
        if (byCode.isPresent()) {
            return new Found(byCode.get());
        }
        String key = exactKey(text);
        List<OrgUnit> matches = distinct(exact.getOrDefault(key, List.of()));
        if (matches.isEmpty()) {
            matches = distinct(plain.getOrDefault(plainKey(text), List.of()));
        }
        List<OrgUnit> inArea = matches.stream().filter(this::inArea).toList();
        if (inArea.size() == 1) {
            return new Found(inArea.get(0));
        }
        if (inArea.size() > 1) {
            return new Ambiguous(inArea);
        }
        if (!matches.isEmpty()) {
            return new OutsideArea(matches);
        }
        return new Unknown(similar(plainKey(text)));
    }

    private boolean inArea(OrgUnit ward) {
        return area == null || ward.equals(area) || catalog.ancestors(ward).contains(area);
    }

    private List<OrgUnit> similar(String key) {
        if (key.length() < 3) {
            return List.of();
        }
        Set<OrgUnit> near = new LinkedHashSet<>();
        for (Map.Entry<String, List<OrgUnit>> entry : plain.entrySet()) {
            String other = entry.getKey();
            boolean within = Math.min(key.length(), other.length()) >= 4 && (key.contains(other) || other.contains(key));
            if (near.size() < 5 && (within || distance(key, other, 2) <= 2)) {
                entry.getValue().stream().filter(this::inArea).forEach(near::add);
            }
        }
        return List.copyOf(near);
    }

    private static List<OrgUnit> distinct(List<OrgUnit> units) {
        return List.copyOf(new LinkedHashSet<>(units));
    }

    /** Lower case, composed, punctuation to spaces, "Phường"/"P." dropped; diacritics kept. */
    static String exactKey(String name) {
        String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return withoutPrefix(text, Names.normalize(text));
    }

    static String plainKey(String name) {
        String text = Names.normalize(name);
        return withoutPrefix(text, text);
    }

    /** Drops the prefix found on the plain form from the text in either form ("phường " and "phuong " have the same length). */
    private static String withoutPrefix(String text, String plainText) {
        var numbered = NUMBERED.matcher(plainText);
        if (numbered.matches()) {
            return numbered.group(1);
        }
        var prefix = PREFIX.matcher(plainText);
        String rest = prefix.find() && prefix.end() < text.length() ? text.substring(prefix.end()).strip() : text;
        return rest.replaceAll("^0+(\\d)", "$1");
    }

    /** Levenshtein distance, giving up above {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
